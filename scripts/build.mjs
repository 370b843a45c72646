/**
 * `npm run build`: `astro build` (arguments passed on), with glibc's allocator settings for it.
 * MALLOC_MMAP_THRESHOLD_ fixes the size above which a block is mapped on its own and returned
 * when freed (glibc raised it after the first freed image buffer and kept every later one in its
 * heaps), and MALLOC_ARENA_MAX=2 bounds the per-thread heaps: peak memory at three times today's
 * data 1.55 → 1.27 GB (bench/scale.ts). glibc reads them when a process starts, so they are set
 * for the child; elsewhere (macOS, Windows) they mean nothing. Set either yourself to override.
 * A Node script rather than `VAR=… astro build`, which Windows' shell cannot run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', ...process.env },
});
if (run.error) console.error(`npm run build: could not start astro (${run.error.message}); run npm install first`);
process.exit(run.status ?? 1);
