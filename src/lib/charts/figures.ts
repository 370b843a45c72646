/** Result rows turned into the figures charts show: names, provenance, source, conflicts. */
import type { Conflict } from '../conflicts';
import type { Dataset, ResultRow } from '../dataset';
import { scaledScore, scaledUncertainty } from '../measurements';
import { originOfModel } from '../origin';
import { isSecondary, provenanceOfRow } from '../provenance';
import { COMPARED_SETTINGS, describeSettings } from '../settings';
import type { Figure } from './types';

/** The stable key of a result row: `<source>-<index>`. */
export const rowKey = (r: Pick<ResultRow, 'source' | 'index'>) => `${r.source}-${r.index}`;

/** Index of conflicts by the keys of the rows they involve. */
export function conflictIndex(conflicts: Conflict[]): Map<string, Conflict> {
  const out = new Map<string, Conflict>();
  for (const c of conflicts) for (const r of c.rows) out.set(rowKey(r), c);
  return out;
}

const normValue = (v: unknown) => String(v).toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The norm of a set of figures: for each compared setting, the most common stated value
 * (ties broken alphabetically), among the rows that state it at all.
 */
export function chartNorm(rows: Pick<ResultRow, 'settings'>[]): Record<string, string> {
  const norm: Record<string, string> = {};
  for (const k of COMPARED_SETTINGS) {
    const counts = new Map<string, { n: number; shown: string }>();
    for (const r of rows) {
      const v = r.settings[k];
      if (v === undefined) continue;
      const c = counts.get(normValue(v)) ?? { n: 0, shown: String(v) };
      counts.set(normValue(v), { ...c, n: c.n + 1 });
    }
    const best = [...counts.entries()].sort(([a, x], [b, y]) => y.n - x.n || a.localeCompare(b))[0];
    if (best) norm[k] = best[1].shown;
  }
  return norm;
}

/** The compared settings a row states and that differ from the norm. */
export function differsFromNorm(row: Pick<ResultRow, 'settings'>, norm: Record<string, string>): string[] {
  return COMPARED_SETTINGS.filter((k) => row.settings[k] !== undefined && norm[k] !== undefined && normValue(row.settings[k]) !== normValue(norm[k]));
}

/** One result row as a chart figure (undefined if its model or source is missing). */
export function toFigure(data: Dataset, row: ResultRow, norm: Record<string, string>, conflicts: Map<string, Conflict>): Figure | undefined {
  const model = data.models.get(row.model);
  const source = data.sources.get(row.source);
  const provenance = provenanceOfRow(data, row);
  if (!model || !source || !provenance) return undefined;
  const conflict = conflicts.get(rowKey(row));
  return {
    key: rowKey(row),
    model: row.model,
    modelName: model.name,
    origin: originOfModel(data, row.model),
    score: scaledScore(row),
    provenance,
    source: {
      id: row.source,
      title: source.title,
      url: source.url,
      publisher: data.organizations.get(row.submittedBy ?? source.publisher)?.name ?? source.publisher,
      published: source.published,
      locator: row.locator,
      secondary: isSecondary(data, row.source),
    },
    settings: describeSettings(row.settings),
    differs: differsFromNorm(row, norm),
    conflict: conflict && {
      kind: conflict.kind,
      others: conflict.rows.filter((r) => rowKey(r) !== rowKey(row)).map(rowKey),
    },
    uncertainty: scaledUncertainty(row),
    note: row.note ?? row.settings.notes,
  };
}

/** Best first: by score in the benchmark's direction, then model name, then source. */
export function byScore(higherIsBetter: boolean) {
  return (a: Figure, b: Figure) =>
    (higherIsBetter ? b.score - a.score : a.score - b.score) || a.modelName.localeCompare(b.modelName) || a.key.localeCompare(b.key);
}
