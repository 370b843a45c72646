/**
 * Head-to-head pages as pages read them: the pairs the rule chooses, with the pairs published
 * before (listed in permalinks.txt) passed to it as rule 5, so a page never disappears.
 * Computed once per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { claimRivals, comparePairs, pairsInPaths, type Pair } from '../lib/compare/pairs';
import { parseManifest } from '../lib/permalinks';
import { loadDataset } from './dataset';
import { loadVerdicts } from './verdicts';

let cached: Promise<Pair[]> | undefined;

/**
 * Compare pages already published, as [a, b] with a < b. Only for the project's own data/,
 * which the manifest lists (or PERMALINKS_MANIFEST, as the permalinks check reads it).
 */
export function publishedPairs(): [string, string][] {
  const manifest = resolve(process.env.PERMALINKS_MANIFEST ?? 'permalinks.txt');
  const own = resolve(process.env.DATA_DIR ?? 'data') === resolve('data') || !!process.env.PERMALINKS_MANIFEST;
  if (!own || !existsSync(manifest)) return [];
  return pairsInPaths(parseManifest(readFileSync(manifest, 'utf8')));
}

/** Every pair with a page, by id. */
export function loadPairs(): Promise<Pair[]> {
  cached ??= (async () => comparePairs(await loadDataset(), claimRivals(await loadVerdicts()), publishedPairs()))();
  return cached;
}
