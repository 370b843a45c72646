/**
 * Uncertainty whiskers: a small Chart.js plugin that draws a published interval (from its lower
 * to its upper bound, on the benchmark's scale) across each bar's end or through each point. Part of the
 * chart configuration, so the browser chart and the build-time images draw the same whiskers.
 */
import type { Chart, Plugin } from 'chart.js';
import type { Interval as FullInterval } from '../measurements';

/** An interval's bounds (both forms are derived in measurements.ts; bounds are what is drawn). */
export type Interval = Pick<FullInterval, 'lower' | 'upper'>;

/**
 * @param intervalOf the interval of element `index` of dataset `datasetIndex` (undefined for none)
 * @param valueOf the element's score
 * @param axis the axis the score runs along: 'x' for horizontal bars, 'y' for points
 */
export function whiskers(
  intervalOf: (index: number, datasetIndex: number) => Interval | undefined,
  valueOf: (index: number, datasetIndex: number) => number | undefined,
  color: string,
  axis: 'x' | 'y',
): Plugin {
  return {
    id: 'ledgerWhiskers',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales[axis];
      if (!scale) return;
      const { ctx, chartArea: a } = chart;
      ctx.save();
      ctx.beginPath();
      ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top);
      ctx.clip();
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      chart.data.datasets.forEach((ds, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((el, i) => {
          if (ds.data[i] === null || ds.data[i] === undefined) return;
          const u = intervalOf(i, d);
          const v = valueOf(i, d);
          if (!u || v === undefined) return;
          const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
          const lo = scale.getPixelForValue(u.lower);
          const hi = scale.getPixelForValue(u.upper);
          const cap = 4;
          ctx.beginPath();
          if (axis === 'x') {
            ctx.moveTo(lo, y); ctx.lineTo(hi, y);
            ctx.moveTo(lo, y - cap); ctx.lineTo(lo, y + cap);
            ctx.moveTo(hi, y - cap); ctx.lineTo(hi, y + cap);
          } else {
            ctx.moveTo(x, lo); ctx.lineTo(x, hi);
            ctx.moveTo(x - cap, lo); ctx.lineTo(x + cap, lo);
            ctx.moveTo(x - cap, hi); ctx.lineTo(x + cap, hi);
          }
          ctx.stroke();
        });
      });
      ctx.restore();
    },
  };
}

/** Axis hints so every whisker fits on the score axis: the lowest and highest interval ends. */
export function intervalBounds(figures: readonly { score: number; uncertainty?: Interval | undefined }[]): { suggestedMin?: number; suggestedMax?: number } {
  const withU = figures.filter((f) => f.uncertainty);
  if (!withU.length) return {};
  return {
    suggestedMin: Math.min(...withU.map((f) => f.uncertainty!.lower)),
    suggestedMax: Math.max(...withU.map((f) => f.uncertainty!.upper)),
  };
}
