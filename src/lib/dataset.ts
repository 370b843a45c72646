/**
 * The dataset as the site uses it: every record by id, and every figure flattened into one
 * row carrying its source. Built from validated records only.
 */
import type { Benchmark, Claim, Model, Organization, Redirect, Result, Source, Absence } from '../schemas';

/** A figure with where it came from. */
export interface ResultRow extends Result {
  /** Source id (equal to the results file's id). */
  source: string;
  /** Position in its file's `results` list, for messages and stable anchors. */
  index: number;
}

export interface AbsenceRow extends Absence {
  source: string;
  index: number;
}

export interface Dataset {
  organizations: Map<string, Organization>;
  models: Map<string, Model>;
  benchmarks: Map<string, Benchmark>;
  sources: Map<string, Source>;
  claims: Map<string, Claim>;
  redirects: Map<string, Redirect>;
  results: ResultRow[];
  absences: AbsenceRow[];
}

/** Records of each kind as `[id, data]` pairs, as loaders and collections provide them. */
export interface RecordLists {
  organizations: Iterable<[string, Organization]>;
  models: Iterable<[string, Model]>;
  benchmarks: Iterable<[string, Benchmark]>;
  sources: Iterable<[string, Source]>;
  results: Iterable<[string, { source: string; results: Result[]; absent?: Absence[] }]>;
  claims: Iterable<[string, Claim]>;
  redirects: Iterable<[string, Redirect]>;
}

const byId = <T>(entries: Iterable<[string, T]>) =>
  new Map([...entries].sort(([a], [b]) => a.localeCompare(b)));

/** Indexes validated records into a dataset (sorted by id so output is stable). */
export function buildDataset(lists: RecordLists): Dataset {
  const resultFiles = [...byId(lists.results)];
  return {
    organizations: byId(lists.organizations),
    models: byId(lists.models),
    benchmarks: byId(lists.benchmarks),
    sources: byId(lists.sources),
    claims: byId(lists.claims),
    redirects: byId(lists.redirects),
    results: resultFiles.flatMap(([, f]) => f.results.map((r, index) => ({ ...r, source: f.source, index }))),
    absences: resultFiles.flatMap(([, f]) => (f.absent ?? []).map((a, index) => ({ ...a, source: f.source, index }))),
  };
}

/** An empty dataset, for tests. */
export const emptyLists = (): RecordLists => ({
  organizations: [], models: [], benchmarks: [], sources: [], results: [], claims: [], redirects: [],
});
