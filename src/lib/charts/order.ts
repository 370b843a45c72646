/**
 * The orders a bar chart can be read in: best first (the default, without JavaScript), or
 * grouped by origin (China, West, elsewhere), best first within each group. Pure, browser-safe.
 */
import type { Origin } from '../origin';
import type { Figure } from './types';

export const BAR_ORDERS = ['score', 'origin'] as const;
export type BarOrder = (typeof BAR_ORDERS)[number];

/** Labels of the orders, for the control. */
export const BAR_ORDER_LABELS: Record<BarOrder, string> = { score: 'best first', origin: 'by origin: China, West, elsewhere' };

export const ORIGIN_ORDER: Origin[] = ['china', 'west', 'elsewhere'];

/** Figures best first (by score in the benchmark's direction, then model name, then key). */
export function byScore(higherIsBetter: boolean) {
  return (a: Figure, b: Figure) =>
    (higherIsBetter ? b.score - a.score : a.score - b.score) || a.modelName.localeCompare(b.modelName) || a.key.localeCompare(b.key);
}

/** The figures in the given order (a new array). */
export function orderFigures(figures: readonly Figure[], order: BarOrder, higherIsBetter: boolean): Figure[] {
  const score = byScore(higherIsBetter);
  if (order === 'score') return [...figures].sort(score);
  return [...figures].sort((a, b) => ORIGIN_ORDER.indexOf(a.origin) - ORIGIN_ORDER.indexOf(b.origin) || score(a, b));
}

/** Each figure's rank by score (1 = best), by key: the # column of the table and the start of its label. */
export function scoreRanks(figures: readonly Figure[], higherIsBetter: boolean): Map<string, number> {
  return new Map(orderFigures(figures, 'score', higherIsBetter).map((f, i) => [f.key, i + 1]));
}
