/**
 * The dataset's version: a content hash of every record, so a citation names exactly what was
 * seen, and "data as of": the newest date a source was published or read.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './dataset';

/** Key-sorted JSON, so the hash does not depend on the order fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value).sort().filter((k) => k !== '$schema').map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The first 12 hex digits of the SHA-256 of every record, in a stable order. */
export function datasetVersion(data: Dataset): string {
  const hash = createHash('sha256');
  for (const kind of ['organizations', 'models', 'benchmarks', 'sources', 'claims', 'redirects'] as const)
    for (const [id, record] of data[kind]) hash.update(`${kind}/${id}\n${canonical(record)}\n`);
  for (const r of data.results) hash.update(`${canonical(r)}\n`);
  for (const a of data.absences) hash.update(`${canonical(a)}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** The newest publication or retrieval date among the sources (YYYY-MM-DD). */
export function dataAsOf(data: Dataset): string {
  let newest = '';
  for (const s of data.sources.values()) for (const d of [s.published, s.retrieved]) if (d && d > newest) newest = d;
  return newest;
}
