/**
 * The changelog as readers see it: each version's diff (from verdict-diff's `diffData`) with
 * names, formatted scores and links resolved, newest version first. Pure.
 */
import type { Dataset, ResultRow } from '../dataset';
import { formatScore } from '../format';
import { benchmarkPath, modelPath, sourcePath } from '../links';
import { benchmarkTitle } from '../charts/format';
import { plural } from '../text';
import type { VersionEntry } from './list';

/** One figure line of the changelog. */
export interface ChangeRow {
  model: string; modelHref: string;
  benchmark: string; benchmarkHref: string;
  /** The score before (changed and removed figures). */
  before?: string;
  /** The score after (added and changed figures). */
  after?: string;
  source: string; sourceHref: string;
}

/** How many figure lines each list shows; the rest are in results.csv in the version's archive. */
export const ROW_LIMIT = 150;

/** A figure's line; `scores` says which of before/after it shows (the figure's own score). */
function rowOf(data: Dataset, r: ResultRow, scores: { before?: ResultRow; after?: ResultRow }): ChangeRow {
  const b = data.benchmarks.get(r.benchmark);
  const name = b ? benchmarkTitle(b.name, b.version, r.variant) : r.variant ? `${r.benchmark} (${r.variant})` : r.benchmark;
  const score = (x: ResultRow) => formatScore(x.score, b?.unit);
  return {
    model: data.models.get(r.model)?.name ?? r.model, modelHref: modelPath(r.model),
    benchmark: name, benchmarkHref: benchmarkPath(r.benchmark),
    ...(scores.before ? { before: score(scores.before) } : {}),
    ...(scores.after ? { after: score(scores.after) } : {}),
    source: data.sources.get(r.source)?.title ?? r.source, sourceHref: sourcePath(r.source),
  };
}

export interface ChangelogEntry {
  version: VersionEntry;
  /** One sentence: what the version changed. */
  summary: string;
  added: ChangeRow[]; changed: ChangeRow[]; removed: ChangeRow[];
  /** Totals before ROW_LIMIT cut the lists. */
  totals: { added: number; changed: number; removed: number };
}

/**
 * The changelog, newest first.
 * @param versions oldest first, as listVersions gives them
 * @param datasets each version's dataset by id (removed figures are named from the older one)
 */
export function changelog(versions: VersionEntry[], datasets: Map<string, Dataset>): ChangelogEntry[] {
  return versions.map((v, i) => {
    const now = datasets.get(v.id)!;
    const old = i > 0 ? datasets.get(versions[i - 1]!.id)! : now;
    const d = v.diff;
    const summary = !d
      ? `The first version listed: ${plural(v.counts.figures, 'figure')} on ${plural(v.counts.models, 'model')}.`
      : `${plural(d.added.length, 'figure')} added, ${d.changed.length} changed, ${d.removed.length} removed; ${plural(d.conflictsOpened.length, 'new conflict')}, ${d.conflictsClosed.length} resolved; ${plural(d.verdicts.length, 'verdict')} changed.`;
    const cut = <T>(xs: T[]) => xs.slice(0, ROW_LIMIT);
    return {
      version: v, summary,
      added: cut(d?.added ?? []).map((r) => rowOf(now, r, { after: r })),
      changed: cut(d?.changed ?? []).map((c) => rowOf(now, c.after, c)),
      removed: cut(d?.removed ?? []).map((r) => rowOf(old, r, { before: r })),
      totals: { added: d?.added.length ?? 0, changed: d?.changed.length ?? 0, removed: d?.removed.length ?? 0 },
    };
  }).reverse();
}
