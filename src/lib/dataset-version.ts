/**
 * What a citation must name: the version of the dataset that was seen (a short content hash)
 * and the date the data speaks for (the newest date any source was published or read).
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './dataset';

/** JSON with object keys sorted, so equal content always hashes equally. */
function canonical(value: unknown): string {
  if (value instanceof Map) return canonical(Object.fromEntries([...value].sort(([a], [b]) => String(a).localeCompare(String(b)))));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined && k !== '$schema')
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

const memo = new WeakMap<Dataset, string>();

/**
 * The dataset version: the first 12 hex digits of the SHA-256 of every record's content
 * (canonical JSON, `$schema` pointers ignored). Any change to any figure changes it.
 * @param data the dataset as built by buildDataset
 */
export function datasetVersion(data: Dataset): string {
  const hit = memo.get(data);
  if (hit) return hit;
  const { organizations, models, benchmarks, sources, claims, redirects, results, absences } = data;
  const text = canonical({ organizations, models, benchmarks, sources, claims, redirects, results, absences });
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  memo.set(data, version);
  return version;
}

/** "Data as of": the newest date on which any source was published or retrieved (YYYY-MM-DD). */
export function dataAsOf(data: Pick<Dataset, 'sources'>): string {
  let newest = '';
  for (const s of data.sources.values()) for (const d of [s.published, s.retrieved]) if (d && d > newest) newest = d;
  return newest || '1970-01-01';
}
