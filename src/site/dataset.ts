/**
 * The dataset as pages read it: Astro's content collections (already schema-checked) indexed
 * once per build by the pure `buildDataset`.
 */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset, type RecordLists } from '../lib/dataset';

let cached: Promise<Dataset> | undefined;
let cachedLists: Promise<RecordLists> | undefined;

/** Collections were checked against the same schemas `RecordLists` is typed from. */
const pairs = <K extends keyof RecordLists>(entries: { id: string; data: unknown }[]) =>
  entries.map((e) => [e.id, e.data]) as RecordLists[K];

/** Every record as `[id, data]` lists, loaded once per build (for exports and the dataset version). */
export function loadLists(): Promise<RecordLists> {
  cachedLists ??= (async () => ({
    organizations: pairs<'organizations'>(await getCollection('organizations')),
    models: pairs<'models'>(await getCollection('models')),
    benchmarks: pairs<'benchmarks'>(await getCollection('benchmarks')),
    sources: pairs<'sources'>(await getCollection('sources')),
    results: pairs<'results'>(await getCollection('results')),
    claims: pairs<'claims'>(await getCollection('claims')),
    redirects: pairs<'redirects'>(await getCollection('redirects')),
  }))();
  return cachedLists;
}

/** The whole dataset, loaded once per build. */
export function loadDataset(): Promise<Dataset> {
  cached ??= (async () => buildDataset(await loadLists()))();
  return cached;
}
