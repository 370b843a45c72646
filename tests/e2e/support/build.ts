/** Runs `astro build` in a child process, for tests of the build itself. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The site as `npm run build` left it. */
export const DIST = join(ROOT, 'dist');

/** Builds the site with extra environment variables into `outDir`; returns exit code and output. */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  // Vitest exports Vite's own variables (BASE_URL, MODE, ...) to the environment; a child
  // build would take BASE_URL=/ from there and ignore the base path under test.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')),
  );
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
