/**
 * Which bar charts are "main" (get scatter and over-time charts), and which one figure stands
 * for a model on those charts. Both rules are documented in README.md.
 */
import type { Provenance } from '../provenance';
import type { BarChart, Figure } from './types';

/** A bar chart is main when it covers at least this many models... */
export const MAIN_MIN_MODELS = 20;
/** ...or when it is an aggregate index covering at least this many. */
export const MAIN_MIN_MODELS_INDEX = 5;

/** Whether a bar chart (by its models and benchmark category) gets derived charts. */
export function isMainChart(modelCount: number, category: string): boolean {
  return modelCount >= MAIN_MIN_MODELS || (category === 'aggregate-index' && modelCount >= MAIN_MIN_MODELS_INDEX);
}

const RANK: Record<Provenance, number> = { independent: 0, 'rival-reported': 1, 'self-reported': 2 };

/** The date of a figure's latest citation: the newest document that prints it. */
const newest = (f: Figure) => f.citations.reduce((d, c) => ((c.published ?? '') > d ? (c.published ?? '') : d), '');

/**
 * One figure per model, chosen among its measurements: figures at the chart's norm first
 * (settings that differ last, settings left unstated before them), then independent before
 * rival-reported before self-reported, then the most recently published, then the better
 * score. The pick is shown with its provenance, never blended.
 */
export function figurePerModel(chart: BarChart): Figure[] {
  const atNorm = (f: Figure) => (f.differs.length ? 2 : f.unstated.length ? 1 : 0);
  const better = (a: Figure, b: Figure) =>
    atNorm(a) - atNorm(b) ||
    RANK[a.provenance] - RANK[b.provenance] ||
    newest(b).localeCompare(newest(a)) ||
    (chart.higherIsBetter ? b.score - a.score : a.score - b.score) ||
    a.key.localeCompare(b.key);
  const best = new Map<string, Figure>();
  for (const f of chart.figures) {
    const cur = best.get(f.model);
    if (!cur || better(f, cur) < 0) best.set(f.model, f);
  }
  return [...best.values()];
}
