/** Bar charts: every measurement on one benchmark (and variant), one bar each, best first. */
import type { Dataset } from '../dataset';
import { describeSettings } from '../settings';
import { byScore, chartNorm, toFigure } from './figures';
import { MARKS, PROVENANCE_LABELS, benchmarkTitle, formatScore } from './format';
import { barChartId } from './ids';
import { chartIndex } from './index';
import { LABEL_RULE } from './wrap-label';
import type { BarChart, ChartBase, Figure } from './types';

/**
 * The bar chart of a benchmark, for one variant or for the figures without one.
 * @param data the dataset
 * @param benchmarkId a benchmark id (data/benchmarks/<id>.json)
 * @param variant a variant as written in results (case and punctuation do not matter)
 * @returns the chart definition, or undefined when no figure exists
 */
export function barChartFor(data: Dataset, benchmarkId: string, variant?: string): BarChart | undefined {
  return barChartById(data, barChartId(benchmarkId, variant));
}

/** The bar chart with the given id, or undefined. */
export function barChartById(data: Dataset, id: string): BarChart | undefined {
  const index = chartIndex(data);
  const group = index.groups.get(id);
  const bench = group && data.benchmarks.get(group.benchmark);
  if (!group || !bench) return undefined;
  const norm = chartNorm(group.measurements);
  const figures = group.measurements
    .map((m) => toFigure(data, m, norm, index.conflicts))
    .filter((f): f is Figure => f !== undefined)
    .sort(byScore(bench.higherIsBetter));
  const title = benchmarkTitle(bench.name, bench.version, group.variant);
  return {
    id,
    kind: 'bar',
    title,
    summary: barSummary(title, figures, bench.unit, bench.higherIsBetter),
    benchmark: group.benchmark,
    benchmarkName: bench.name,
    variant: group.variant,
    unit: bench.unit,
    higherIsBetter: bench.higherIsBetter,
    scoreRange: bench.range,
    norm,
    figures,
    notes: barNotes(figures, norm, bench.caveats),
  };
}

/** One sentence: how many figures (measurements) and documents, and the best one with who measured it. */
function barSummary(title: string, figures: Figure[], unit: string, higherIsBetter: boolean): string {
  const best = figures[0];
  if (!best) return `${title}: no published figures yet.`;
  const models = new Set(figures.map((f) => f.model)).size;
  const sources = new Set(figures.flatMap((f) => f.citations.map((c) => c.id))).size;
  const n = figures.length;
  return (
    `${title}: ${n} measurement${n === 1 ? '' : 's'} for ${models} model${models === 1 ? '' : 's'}, printed in ${sources} source${sources === 1 ? '' : 's'}; ` +
    `the ${higherIsBetter ? 'highest' : 'lowest (best)'} is ${formatScore(best.score, unit)} for ${best.modelName} (${PROVENANCE_LABELS[best.provenance]}, ${best.measurer}).`
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The notes under a bar chart: one bar per measurement, its norm, flagged settings, conflicts, copies, caveats. */
function barNotes(figures: Figure[], norm: Record<string, string>, caveats: string[]): string[] {
  const notes: string[] = ['One bar per measurement: a number measured once and printed by several documents is one bar, with every document listed in its table row (first published first).'];
  const normText = describeSettings(norm);
  notes.push(normText ? `Norm of this chart (the most common settings among its measurements): ${normText}.` : 'No figure on this chart states its settings.');
  const differs = figures.filter((f) => f.differs.length > 0).length;
  if (differs) notes.push(`${MARKS.differs} ${count(differs, 'figure was', 'figures were')} measured with settings that differ from the norm (outlined bars); compare ${differs === 1 ? 'it' : 'them'} with care.`);
  const unstated = figures.filter((f) => !f.differs.length && f.unstated.length > 0).length;
  if (unstated) notes.push(`${MARKS.unstated} settings not stated: ${count(unstated, 'figure leaves', 'figures leave')} unstated a setting the norm states, so ${unstated === 1 ? 'it is' : 'they are'} not known to be like for like.`);
  const conflicts = figures.filter((f) => f.conflict?.kind === 'conflict').length;
  const revisions = figures.filter((f) => f.conflict?.kind === 'revision').length;
  if (conflicts) notes.push(`${MARKS.conflict} ${count(conflicts, 'figure disagrees', 'figures disagree')} with another measurement of the same model under the same settings; each is its own bar, pointing to the other.`);
  if (revisions) notes.push(`${MARKS.conflict} ${count(revisions, 'figure was', 'figures were')} revised between versions of one document; both versions are shown, each pointing to the other.`);
  if (figures.some((f) => f.citations.some((c) => c.secondary))) notes.push('Documents marked "secondary" were read from a copy, archive, transcription or press report rather than the original.');
  notes.push(LABEL_RULE);
  return [...notes, ...caveats];
}

/** The fields every chart shares, copied from another chart (derived charts start from their bar chart). */
export function chartBase(c: ChartBase): ChartBase {
  const { id, kind, title, summary, benchmark, benchmarkName, variant, unit, higherIsBetter, scoreRange, notes } = c;
  return { id, kind, title, summary, benchmark, benchmarkName, variant, unit, higherIsBetter, scoreRange, notes };
}
