/**
 * Conflicts: two sources giving different numbers for the same model, benchmark, variant and
 * (compatible) settings. A conflict is data, not an error: both figures stay and pages show
 * both. When the sources are versions of one document (`supersedes`), it is a revision.
 */
import type { Dataset, ResultRow } from './dataset';
import { settingsCompatible } from './settings';

export interface Conflict {
  /** Stable id: model, benchmark and variant. */
  id: string;
  kind: 'conflict' | 'revision';
  model: string;
  benchmark: string;
  variant?: string | undefined;
  /** The disagreeing figures, highest score first. */
  rows: ResultRow[];
}

const variantKey = (v?: string) => (v ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** All sources linked to `id` through `supersedes`, in either direction. */
function documentFamily(data: Dataset, id: string): Set<string> {
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

const memo = new WeakMap<Dataset, Conflict[]>();

/** Every conflict and revision in the dataset, in a stable order; computed once per dataset. */
export function findConflicts(data: Dataset): Conflict[] {
  let hit = memo.get(data);
  if (!hit) memo.set(data, (hit = computeConflicts(data)));
  return hit;
}

function computeConflicts(data: Dataset): Conflict[] {
  const groups = new Map<string, ResultRow[]>();
  for (const row of data.results) {
    const key = `${row.model}|${row.benchmark}|${variantKey(row.variant)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out: Conflict[] = [];
  const usedIds = new Set<string>();
  for (const [key, rows] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    // Union-find over pairs from different sources that are like for like but disagree.
    const parent = rows.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    rows.forEach((a, i) =>
      rows.forEach((b, j) => {
        if (j > i && a.source !== b.source && a.score !== b.score && settingsCompatible(a.settings, b.settings)) parent[find(i)] = find(j);
      }),
    );
    const clusters = new Map<number, ResultRow[]>();
    rows.forEach((r, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), r]));
    for (const cluster of clusters.values()) {
      if (cluster.length < 2) continue;
      const family = documentFamily(data, cluster[0]!.source);
      const [model, benchmark] = key.split('|') as [string, string];
      const base = [model, benchmark, variantKey(cluster[0]!.variant)].filter(Boolean).join('--');
      let id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}--${n}`;
      usedIds.add(id);
      out.push({
        id,
        kind: cluster.every((r) => family.has(r.source)) ? 'revision' : 'conflict',
        model,
        benchmark,
        variant: cluster[0]!.variant,
        rows: [...cluster].sort((a, b) => b.score - a.score || a.source.localeCompare(b.source)),
      });
    }
  }
  return out;
}
