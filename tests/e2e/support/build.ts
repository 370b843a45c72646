/** Runs `astro build` in a child process, for tests of the build itself. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The site as `npm run build` left it (E2E_DIST names another built copy, e.g. to compare with a previous build). */
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');

/**
 * Vitest puts Vite's own variables into process.env; a child build would take BASE_URL="/"
 * from there as import.meta.env.BASE_URL and ignore BASE_PATH, so they are not passed on.
 */
const VITE_VARS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const parentEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_VARS.has(k)));

/** Builds the site with extra environment variables into `outDir`; returns exit code and output. */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...parentEnv(), ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
