/**
 * Measurements turned into the figures charts show: names, provenance, every citing document,
 * the chart's norm and conflicts. Identity comes from measurements.ts and compatibility from
 * settings.ts; nothing here decides either.
 */
import type { Conflict } from '../conflicts';
import type { Dataset, ResultRow } from '../dataset';
import { rowKey, type Measurement } from '../measurements';
import { originOfModel } from '../origin';
import { relabelOfMeasurement } from '../relabels';
import { benchmarkTitle } from './format';
import { isSecondary } from '../provenance';
import type { Settings } from '../../schemas';
import { TEST_CONDITIONS, compareSettings, describeSettings, normSetting } from '../settings';
import type { Figure, FigureSource } from './types';

export { rowKey };

/** Index of conflicts by the ids of the measurements they involve. */
export function conflictIndex(conflicts: Conflict[]): Map<string, Conflict> {
  const out = new Map<string, Conflict>();
  for (const c of conflicts) for (const m of c.measurements) out.set(m.id, c);
  return out;
}

/**
 * The norm of a set of figures: for each test condition (`TEST_CONDITIONS` of settings.ts:
 * tools, harness, attempts, shots, subset; reasoning effort is each vendor's choice and the
 * checkpoint a property of the model, so neither makes figures of different models unlike),
 * the most common stated value (ties broken alphabetically), among the figures that state it
 * at all. Each measurement counts once, however many documents print it.
 */
export function chartNorm(figures: { settings: Settings }[]): Record<string, string> {
  const norm: Record<string, string> = {};
  for (const k of TEST_CONDITIONS) {
    const counts = new Map<string, { n: number; shown: string }>();
    for (const f of figures) {
      const v = f.settings[k];
      if (v === undefined) continue;
      const c = counts.get(normSetting(v)) ?? { n: 0, shown: String(v) };
      counts.set(normSetting(v), { ...c, n: c.n + 1 });
    }
    const best = [...counts.entries()].sort(([a, x], [b, y]) => y.n - x.n || a.localeCompare(b))[0];
    if (best) norm[k] = best[1].shown;
  }
  return norm;
}

/** How a figure's settings relate to the norm (settings.ts decides): which differ, which it leaves unstated. */
export function againstNorm(f: { settings: Settings }, norm: Record<string, string>): { differs: string[]; unstated: string[] } {
  const c = compareSettings(f.settings, norm as Settings, TEST_CONDITIONS);
  return { differs: c.differing, unstated: c.unstated.filter((k) => norm[k] !== undefined) };
}

/** The compared settings a figure states and that differ from the norm. */
export const differsFromNorm = (f: { settings: Settings }, norm: Record<string, string>): string[] => againstNorm(f, norm).differs;

/** One citing document of a figure (undefined when its source is missing). */
function citationOf(data: Dataset, row: ResultRow): FigureSource | undefined {
  const source = data.sources.get(row.source);
  if (!source) return undefined;
  return {
    id: row.source,
    row: rowKey(row),
    title: source.title,
    url: source.url,
    publisher: data.organizations.get(row.submittedBy ?? source.publisher)?.name ?? source.publisher,
    published: source.published,
    locator: row.locator,
    secondary: isSecondary(data, row.source),
  };
}

/** One measurement as a chart figure (undefined if its model or every source is missing). */
export function toFigure(data: Dataset, m: Measurement, norm: Record<string, string>, conflicts: Map<string, Conflict>): Figure | undefined {
  const model = data.models.get(m.model);
  const citations = m.citations.map((r) => citationOf(data, r)).filter((c): c is FigureSource => c !== undefined);
  if (!model || !citations.length) return undefined;
  const conflict = conflicts.get(m.id);
  const relabel = relabelOfMeasurement(data, m.id);
  const versionLabel = (id: string) => { const b = data.benchmarks.get(id); return b ? benchmarkTitle(b.name, b.version) : id; };
  const withNote = m.citations.find((r) => r.note);
  return {
    key: m.id,
    model: m.model,
    modelName: model.name,
    origin: originOfModel(data, m.model),
    score: m.score,
    provenance: m.provenance,
    measurer: data.organizations.get(m.measurer)?.name ?? m.measurer,
    source: citations[0]!,
    citations,
    documents: citations.length,
    settings: describeSettings(m.settings),
    ...againstNorm(m, norm),
    conflict: conflict && { kind: conflict.kind, others: conflict.measurements.filter((o) => o.id !== m.id).map((o) => o.id) },
    relabel: relabel && { id: relabel.id, benchmark: m.benchmark, others: relabel.measurements.filter((o) => o.id !== m.id).map((o) => versionLabel(o.benchmark)) },
    uncertainty: m.uncertainty,
    note: withNote?.note ?? m.settings.notes,
  };
}

export { byScore } from './order';
