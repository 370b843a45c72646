/**
 * Synthetic data for the scale benchmark: a data folder with `n` copies of every model, source
 * and results file (copy k of id `x` is `x-copy-k`, its references renamed with it), so the
 * site has n× the models, sources and figures while benchmarks, organisations and claims stay.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose records are copied; the others are shared by every copy. */
const COPIED = ['models', 'sources', 'results'] as const;
/** Keys whose string values name a model or a source. */
const REFS = new Set(['model', 'models', 'source', 'predecessor', 'supersedes']);
/** Keys whose text must stay unique between copies. */
const NAMES = new Set(['name', 'title']);

const ids = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

/** The value with every reference to a copied id renamed for copy `k`, and names marked. */
function renamed(v: unknown, k: number, copied: ReadonlySet<string>, key = ''): unknown {
  if (typeof v === 'string') {
    if (REFS.has(key) && copied.has(v)) return `${v}-copy-${k}`;
    return NAMES.has(key) ? `${v} (copy ${k})` : v;
  }
  if (Array.isArray(v)) return v.map((x) => renamed(x, k, copied, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([kk, x]) => [kk, renamed(x, k, copied, kk)]));
  return v;
}

/** Writes `from` to `to` with `n` copies in all (n = 1 is a plain copy); returns the figure count. */
export function writeScaledData(from: string, to: string, n: number): { results: number } {
  cpSync(from, to, { recursive: true });
  const copied = new Set(COPIED.flatMap((d) => ids(join(from, d))));
  let results = 0;
  for (const dir of COPIED) {
    mkdirSync(join(to, dir), { recursive: true });
    for (const id of ids(join(from, dir))) {
      const record = JSON.parse(readFileSync(join(from, dir, `${id}.json`), 'utf8')) as Record<string, unknown>;
      if (dir === 'results') results += n * ((record.results as unknown[] | undefined)?.length ?? 0);
      for (let k = 2; k <= n; k++) {
        writeFileSync(join(to, dir, `${id}-copy-${k}.json`), `${JSON.stringify(renamed(record, k, copied), null, 2)}\n`);
      }
    }
  }
  return { results };
}
