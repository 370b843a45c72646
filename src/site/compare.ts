/**
 * Head-to-head pages as pages read them: the pairs the rule chooses (plus any pair published
 * before, listed in permalinks.txt, so a page never disappears), computed once per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { claimRivals, comparePairs, ordered, type Pair } from '../lib/compare/pairs';
import { parseManifest } from '../lib/permalinks';
import { loadDataset } from './dataset';
import { loadVerdicts } from './verdicts';

let cached: Promise<Pair[]> | undefined;

/** Compare pages already published (only for the project's own data/, which the manifest lists). */
function publishedPairs(models: Set<string>): [string, string][] {
  const manifest = resolve('permalinks.txt');
  if ((process.env.DATA_DIR ?? 'data') !== 'data' || !existsSync(manifest)) return [];
  return parseManifest(readFileSync(manifest, 'utf8')).flatMap((p) => {
    const m = /^\/compare\/(.+)-vs-(.+)\/$/.exec(p);
    return m && models.has(m[1]!) && models.has(m[2]!) && m[1]! < m[2]! ? [ordered(m[1]!, m[2]!)] : [];
  });
}

/** Every pair with a page, by id. */
export function loadPairs(): Promise<Pair[]> {
  cached ??= (async () => {
    const data = await loadDataset();
    const pairs = comparePairs(data, claimRivals(await loadVerdicts()));
    const have = new Set(pairs.map((p) => p.id));
    for (const [a, b] of publishedPairs(new Set(data.models.keys())))
      if (!have.has(`${a}-vs-${b}`)) pairs.push({ id: `${a}-vs-${b}`, a, b, reasons: [0] });
    return pairs.sort((p, q) => p.id.localeCompare(q.id));
  })();
  return cached;
}
