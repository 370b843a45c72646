/** Pieces every chart kind's Chart.js configuration shares. Browser-safe. */
import type { Provenance } from '../provenance';
import { PROVENANCE_LABELS, formatScore, scoreAxisLabel } from './format';
import type { ChartTheme } from './theme';
import type { ChartDef, Figure } from './types';

export const PROVENANCE_ORDER: Provenance[] = ['independent', 'rival-reported', 'self-reported'];
export const ORIGIN_STYLE = { china: 'triangle', west: 'circle', elsewhere: 'rect' } as const;

/** A figure in one line for tooltips: score, provenance, publisher, settings. */
export const figureLine = (f: Figure, unit: string) =>
  `${formatScore(f.score, unit)} · ${PROVENANCE_LABELS[f.provenance]} · ${f.source.publisher}${f.settings ? ` · ${f.settings}` : ''}`;

/** Bar labels cut to fit a phone-sized plot (the table below has them in full). */
export function shortLabel(this: { chart: { width: number }; getLabelForValue(v: number): string }, value: string | number): string {
  const label = this.getLabelForValue(Number(value));
  const max = this.chart.width < 560 ? 18 : 48;
  if (label.length <= max) return label;
  const marks = /(?: [†‡])+$/.exec(label)?.[0] ?? '';
  return `${label.slice(0, max - 1 - marks.length)}…${marks}`;
}

/** Room on the right for names beside points, except on phone-sized plots where none are written. */
export const sidePadding = (c: { chart: { width: number } }) => ({ right: c.chart.width < 560 ? 12 : 96 });

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
