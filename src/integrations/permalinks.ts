/**
 * Permalinks in the build: data/redirects/ become Astro `redirects` (meta-refresh pages in a
 * static build), and after the build every URL listed in permalinks.txt must exist, as a page
 * or a redirect page. Renaming an id without a redirect fails the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJson } from '../lib/json';
import { readDataDir } from '../lib/load';
import { withBase } from '../lib/paths';
import { messageOnly } from './validate-data';
import { missingPermalinks, parseManifest, redirectRoutes } from '../lib/permalinks';
import type { Redirect } from '../schemas';

/** The manifest file at the project root. */
export const MANIFEST = 'permalinks.txt';

/** Redirect records as written, read by the validator's reader (validate-data has already refused invalid ones). */
function readRedirects(dataDir: string): Redirect[] {
  return readDataDir(dataDir).files.filter((f) => f.kind === 'redirects').flatMap((f) => {
    const parsed = parseJson(f.text);
    return parsed.ok ? [parsed.value as Redirect] : [];
  });
}

/** @returns the integration; put it after validateData() so data errors are reported first. */
export function permalinks(): AstroIntegration {
  let root = '';
  let checked = false;
  return {
    name: 'benchmark-ledger:permalinks',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');
        // The manifest lists the URLs of the project's own data/; a build of another data folder
        // (a test fixture, a snapshot) publishes other URLs and is not checked against it.
        // PERMALINKS_MANIFEST names another manifest to check against (tests use it).
        checked = dataDir === resolve(root, 'data') || !!process.env.PERMALINKS_MANIFEST;
        // Astro puts the redirect page under the base but writes the destination as given.
        const routes = redirectRoutes(readRedirects(dataDir));
        updateConfig({ redirects: Object.fromEntries(Object.entries(routes).map(([from, to]) => [from, withBase(config.base, to)])) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const manifest = resolve(root, process.env.PERMALINKS_MANIFEST ?? MANIFEST);
        if (!checked || !existsSync(manifest)) return void logger.info(`${MANIFEST} not checked (DATA_DIR is not ./data, or no manifest)`);
        const out = fileURLToPath(dir);
        const listed = parseManifest(readFileSync(manifest, 'utf8'));
        const missing = missingPermalinks(listed, (f) => existsSync(join(out, f)));
        if (missing.length)
          throw messageOnly(
            `${missing.length} published URL(s) in ${MANIFEST} no longer resolve (an id was renamed or removed; add data/redirects/<kind>-<old-id>.json for each):\n${missing.slice(0, 50).join('\n')}`,
          );
        logger.info(`${listed.length} permalinks in ${MANIFEST} resolve`);
      },
    },
  };
}
