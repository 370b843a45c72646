/** Bar charts: every published figure on one benchmark (and variant), best first. */
import type { Dataset } from '../dataset';
import { describeSettings } from '../settings';
import { byScore, chartNorm, toFigure } from './figures';
import { MARKS, PROVENANCE_LABELS, benchmarkTitle, formatScore } from './format';
import { barChartId } from './ids';
import { chartIndex } from './index';
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
  const norm = chartNorm(group.rows);
  const figures = group.rows
    .map((r) => toFigure(data, r, norm, index.conflicts))
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

/** One sentence: how many figures, and the best one with who published it. */
function barSummary(title: string, figures: Figure[], unit: string, higherIsBetter: boolean): string {
  const best = figures[0];
  if (!best) return `${title}: no published figures yet.`;
  const models = new Set(figures.map((f) => f.model)).size;
  const sources = new Set(figures.map((f) => f.source.id)).size;
  const n = figures.length;
  return (
    `${title}: ${n} published figure${n === 1 ? '' : 's'} for ${models} model${models === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'}; ` +
    `the ${higherIsBetter ? 'highest' : 'lowest (best)'} is ${formatScore(best.score, unit)} for ${best.modelName} (${PROVENANCE_LABELS[best.provenance]}, ${best.source.publisher}).`
  );
}

/** The notes under a bar chart: its norm, flagged settings, conflicts, secondary sources, caveats. */
function barNotes(figures: Figure[], norm: Record<string, string>, caveats: string[]): string[] {
  const notes: string[] = [];
  const normText = describeSettings(norm);
  notes.push(normText ? `Norm of this chart (the most common settings among its figures): ${normText}.` : 'No figure on this chart states its settings.');
  const differs = figures.filter((f) => f.differs.length > 0).length;
  if (differs) notes.push(`${MARKS.differs} ${differs} figure${differs === 1 ? ' was' : 's were'} measured with settings that differ from the norm (outlined bars); compare ${differs === 1 ? 'it' : 'them'} with care.`);
  const conflicts = figures.filter((f) => f.conflict?.kind === 'conflict').length;
  const revisions = figures.filter((f) => f.conflict?.kind === 'revision').length;
  if (conflicts) notes.push(`${MARKS.conflict} ${conflicts} figures disagree with another source on the same model and settings; both values are shown.`);
  if (revisions) notes.push(`${MARKS.conflict} ${revisions} figures were revised between versions of one document; both versions are shown.`);
  if (figures.some((f) => f.source.secondary)) notes.push('Figures marked "secondary" were read from a copy, archive, transcription or press report rather than the original.');
  return [...notes, ...caveats];
}

/** The fields every chart shares, copied from another chart (derived charts start from their bar chart). */
export function chartBase(c: ChartBase): ChartBase {
  const { id, kind, title, summary, benchmark, benchmarkName, variant, unit, higherIsBetter, scoreRange, notes } = c;
  return { id, kind, title, summary, benchmark, benchmarkName, variant, unit, higherIsBetter, scoreRange, notes };
}
