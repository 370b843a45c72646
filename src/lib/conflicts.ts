/**
 * Conflicts: different numbers for one model, benchmark and variant under the same stated
 * settings. They are found between *measurements* (see `measurements.ts`), so five copies of
 * one launch table never make a conflict, and a copy that leaves a setting unstated never
 * makes one either: a stated and an unstated setting are not like for like.
 * - revision: the same measurer printed the number differently in versions of one document
 *   (linked through `supersedes`);
 * - conflict: anything else (two measurers, or one measurer's documents that disagree).
 * A conflict is data, not an error: both figures stay and pages show both.
 */
import type { Dataset, ResultRow } from './dataset';
import { byMeasurementOf, measurementsOf, oncePerDataset, variantKey, type Measurement } from './measurements';
import { likeForLike } from './settings';

export interface Conflict {
  /** Stable id: model, benchmark and variant (with a counter when one triple has several). */
  id: string;
  kind: 'conflict' | 'revision';
  model: string;
  benchmark: string;
  variant?: string | undefined;
  /** The disagreeing measurements, highest score first; each names its measurer and settings. */
  measurements: Measurement[];
  /** Every citation of those measurements, highest score first. */
  rows: ResultRow[];
}

/** All sources linked to `id` through `supersedes`, in either direction. */
export function documentFamily(data: Dataset, id: string): Set<string> {
  const family = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [sid, s] of data.sources) {
      if (!s.supersedes || family.has(sid) === family.has(s.supersedes)) continue;
      family.add(sid).add(s.supersedes);
      grew = true;
    }
  }
  return family;
}

/** True when the same measurer printed `a` and `b` in versions of one document. */
function isRevision(data: Dataset, a: Measurement, b: Measurement): boolean {
  if (a.measurer !== b.measurer) return false;
  return a.citations.some((x) => {
    const family = documentFamily(data, x.source);
    return b.citations.some((y) => y.source !== x.source && family.has(y.source));
  });
}

/** Every conflict and revision in the dataset, in a stable order; computed once per dataset. */
export const findConflicts = oncePerDataset(computeConflicts);

function computeConflicts(data: Dataset): Conflict[] {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurementsOf(data)) {
    const key = `${m.model}|${m.benchmark}|${variantKey(m.variant)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: Conflict[] = [];
  const usedIds = new Set<string>();
  for (const [key, ms] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    // Union-find over pairs that are like for like but disagree.
    const parent = ms.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    ms.forEach((a, i) =>
      ms.forEach((b, j) => {
        if (j > i && a.score !== b.score && likeForLike(a.settings, b.settings)) parent[find(i)] = find(j);
      }),
    );
    const clusters = new Map<number, Measurement[]>();
    ms.forEach((m, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), m]));
    for (const cluster of clusters.values()) {
      if (cluster.length < 2) continue;
      const [model, benchmark] = key.split('|') as [string, string];
      const base = [model, benchmark, variantKey(cluster[0]!.variant)].filter(Boolean).join('--');
      let id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}--${n}`;
      usedIds.add(id);
      const sorted = [...cluster].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      const revision = sorted.every((a, i) => sorted.every((b, j) => i === j || isRevision(data, a, b)));
      out.push({
        id,
        kind: revision ? 'revision' : 'conflict',
        model,
        benchmark,
        variant: cluster[0]!.variant,
        measurements: sorted,
        rows: sorted.flatMap((m) => m.citations),
      });
    }
  }
  return out;
}

/** The conflict or revision a measurement is part of, if any. */
export const conflictOfMeasurement = byMeasurementOf<Conflict>(findConflicts);
