/**
 * Dataset versions from history: which states of the data were published, in what order, with
 * what each changed (verdict-diff's `diffData` between consecutive versions) and what a page
 * cited at an older version has seen change since. Pure: snapshots come in already validated.
 */
import type { Dataset } from '../dataset';
import { datasetVersion } from '../dataset-version';
import { diffData, type DataDiff } from '../verdict-diff';

/** The data at one commit, validated with today's rules. */
export interface ValidatedSnapshot {
  commit: string;
  date: string;
  dataset: Dataset;
  /** Files today's schemas reject on their own: the data cannot be read whole, so no version is listed. */
  unreadable: number;
}

/** One published version of the dataset. */
export interface VersionEntry {
  id: string;
  /** The commit that first published it; null for a build's uncommitted data. */
  commit: string | null;
  /** YYYY-MM-DD of that commit (UTC), or null for uncommitted data. */
  date: string | null;
  counts: { figures: number; models: number; benchmarks: number; sources: number; claims: number };
  /** What changed from the previous listed version (undefined for the first one). */
  diff?: DataDiff | undefined;
}

/** The rule, printed in versions.json and on /changes/. */
export const VERSION_RULE =
  'A version is the data at a commit on the first-parent line of the built branch that changed data/, read whole by today\'s schemas; its id is the dataset version hash (src/lib/dataset-version.ts), recomputed by today\'s code. Commits that leave the data unchanged add no version. States with files today\'s schemas reject (written under older rules) cannot be rebuilt faithfully: they are listed as not rebuilt, with their commit, and stay in git history.';

const countsOf = (d: Dataset): VersionEntry['counts'] => ({
  figures: d.results.length, models: d.models.size, benchmarks: d.benchmarks.size, sources: d.sources.size, claims: d.claims.size,
});

const utcDay = (iso: string) => new Date(iso).toISOString().slice(0, 10);

export interface VersionList {
  /** Oldest first. */
  versions: VersionEntry[];
  /** Each listed version's dataset, by id (the current build's included). */
  datasets: Map<string, Dataset>;
  /** Snapshots not rebuilt because today's schemas reject some of their files, oldest first. */
  skipped: { commit: string; date: string; unreadable: number }[];
}

/**
 * The versions, oldest first: each snapshot whose data passes today's checks and whose id is
 * new, then the build's own data if it is not the last of them.
 * @param snapshots validated snapshots, oldest first
 * @param current the dataset this build publishes
 * @param articleText the article, so verdict changes can be computed
 */
export function listVersions(snapshots: ValidatedSnapshot[], current: Dataset, articleText?: string): VersionList {
  const versions: VersionEntry[] = [];
  const datasets = new Map<string, Dataset>();
  const skipped: VersionList['skipped'] = [];
  let previous: Dataset | undefined;
  const add = (dataset: Dataset, commit: string | null, date: string | null) => {
    const id = datasetVersion(dataset);
    if (datasets.has(id)) return;
    versions.push({ id, commit, date, counts: countsOf(dataset), diff: previous && diffData(previous, dataset, articleText) });
    datasets.set(id, dataset);
    previous = dataset;
  };
  for (const s of snapshots) {
    if (s.unreadable > 0) skipped.push({ commit: s.commit, date: utcDay(s.date), unreadable: s.unreadable });
    else add(s.dataset, s.commit, utcDay(s.date));
  }
  add(current, null, null);
  return { versions, datasets, skipped };
}

/** What a reader of an older version would see change: chart paths and claims whose verdict moved. */
export interface ChangedSince {
  /** Chart paths (e.g. "/charts/hle/") whose values differ. */
  charts: string[];
  /** Claim ids whose verdict differs. */
  verdicts: string[];
  /** Benchmark ids with a figure added, removed or changed. */
  benchmarks: string[];
  /** Claim ids tested on one of those benchmarks (their figures changed, whatever their verdict). */
  claimFigures: string[];
}

/** What changed between an older version and the current one. */
export function changedSince(old: Dataset, current: Dataset, articleText?: string): ChangedSince {
  const d = diffData(old, current, articleText);
  const benchmarks = [...new Set([...d.added, ...d.removed, ...d.changed.map((c) => c.after)].map((r) => r.benchmark))].sort();
  const touched = new Set(benchmarks);
  const claimFigures = [...current.claims].filter(([, c]) => claimBenchmarks(current, c).some((b) => touched.has(b))).map(([id]) => id).sort();
  return { charts: d.charts, verdicts: [...new Set(d.verdicts.map((v) => v.id))].sort(), benchmarks, claimFigures };
}

/** The benchmarks a claim's deciding test runs on: every benchmark in its categories (none for tests of model facts). */
export function claimBenchmarks(data: Pick<Dataset, 'benchmarks'>, claim: { test?: { rule: string; benchmarks?: unknown } | undefined }): string[] {
  const sel = claim.test?.rule === 'score-comparison' ? (claim.test.benchmarks as { categories?: string[] } | undefined) : undefined;
  const categories = new Set(sel?.categories ?? []);
  return [...data.benchmarks].filter(([, b]) => categories.has(b.category)).map(([id]) => id).sort();
}
