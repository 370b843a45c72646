/** Pieces every chart kind's Chart.js configuration shares. Browser-safe. */
import type { Provenance } from '../provenance';
import { formatUncertainty } from '../format';
import { PROVENANCE_LABELS, formatScore, scoreAxisLabel } from './format';
import type { ChartTheme } from './theme';
import type { ChartDef, Figure } from './types';
import { labelWidth, wrapLabel } from './wrap-label';

export const PROVENANCE_ORDER: Provenance[] = ['independent', 'rival-reported', 'self-reported'];
export { ORIGIN_STYLE } from './labels';

/** A figure in one line for tooltips: score, provenance, publisher, settings. */
export const figureLine = (f: Figure, unit: string) =>
  `${formatScore(f.score, unit)}${f.uncertainty ? ` ${formatUncertainty(f.uncertainty, unit)}` : ''} · ${PROVENANCE_LABELS[f.provenance]} · measured by ${f.measurer}${f.settings ? ` · ${f.settings}` : ''} · ${documents(f.documents)}`;

/** "1 document", "5 documents". */
export const documents = (n: number) => `${n} document${n === 1 ? '' : 's'}`;

/** Bar labels wrapped to fit the plot by the stated rule (wrap-label.ts); the table has them in full. */
export function wrappedLabel(this: { chart: { width: number }; getLabelForValue(v: number): string }, value: string | number): string[] {
  return wrapLabel(this.getLabelForValue(Number(value)), labelWidth(this.chart.width));
}

/** Room on the right for names beside points (labels are placed inside the plot on phones too). */
export const sidePadding = (c: { chart: { width: number } }) => ({ right: c.chart.width < 560 ? 12 : 48 });

/**
 * The score axis. Bars start at the benchmark's minimum (bar length must mean something);
 * points and lines fit the data, as their position, not their length, carries the value.
 */
export const scoreScale = (def: ChartDef, t: ChartTheme, horizontal: boolean) => ({
  type: 'linear' as const,
  min: horizontal ? (def.scoreRange.min ?? undefined) : undefined,
  max: horizontal ? (def.scoreRange.max ?? undefined) : undefined,
  beginAtZero: horizontal && def.scoreRange.min !== null,
  reverse: false,
  position: horizontal ? ('top' as const) : ('left' as const),
  title: { display: true, text: scoreAxisLabel(def.unit, def.higherIsBetter), color: t.muted },
  ticks: { color: t.muted },
  grid: { color: t.grid },
});
