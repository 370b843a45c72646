/** Runs `astro build` in a child process, for tests of the build itself. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The site as `npm run build` left it. */
export const DIST = join(ROOT, 'dist');

/** Builds the site with extra environment variables into `outDir`; returns exit code and output. */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
