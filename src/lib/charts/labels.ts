/**
 * Small Chart.js plugins that write on the plot, so the static images (which have no
 * tooltips) still name every model and value: text at the end of each bar, the origin mark
 * beside each bar, and names beside points placed so that no two overlap.
 */
import type { Chart, Plugin } from 'chart.js';
import type { Origin } from '../origin';
import type { ChartTheme } from './theme';
import { placeLabels, stepBeforeBands, type Box, type PointLabel } from './place-labels';

/**
 * Writes `text(index, datasetIndex)` after the end of each horizontal bar, or after its
 * whisker when `reach` gives the value the whisker reaches. A bar that runs left of its base
 * (a negative score) has its text right of the base, so the text never lies on the bar.
 */
export function barEndLabels(text: (index: number, datasetIndex: number) => string, t: ChartTheme, reach?: (index: number) => number | undefined): Plugin {
  return {
    id: 'ledgerLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const scale = chart.scales.x;
      ctx.save();
      ctx.font = `11px ${t.font}`;
      ctx.fillStyle = t.fg;
      ctx.textBaseline = 'middle';
      eachElement(chart, (x, y, i, d, base) => {
        const label = text(i, d);
        const r = reach?.(i);
        const right = Math.max(x, base ?? x);
        const end = r !== undefined && scale ? Math.min(Math.max(right, scale.getPixelForValue(r)), chart.chartArea.right) : right;
        if (label) ctx.fillText(label, end + 4, y);
      });
      ctx.restore();
    },
  };
}

/** Calls `fn` with the position (and, for bars, the base) of every drawn element of every visible dataset. */
function eachElement(chart: Chart, fn: (x: number, y: number, index: number, datasetIndex: number, base?: number) => void) {
  chart.data.datasets.forEach((ds, d) => {
    const meta = chart.getDatasetMeta(d);
    if (meta.hidden) return;
    meta.data.forEach((el, i) => {
      if (ds.data[i] === null || ds.data[i] === undefined) return;
      const { x, y, base } = el.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base?: number };
      fn(x, y, i, d, base);
    });
  });
}

/** The shape that marks an origin, on bars and points alike: ▲ China, ● West, ■ elsewhere. */
export const ORIGIN_STYLE = { china: 'triangle', west: 'circle', elsewhere: 'rect' } as const;

/** Draws an origin shape of radius r at (x, y). */
export function drawOriginMark(ctx: CanvasRenderingContext2D, origin: Origin, x: number, y: number, r: number) {
  ctx.beginPath();
  if (origin === 'china') { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); }
  else if (origin === 'west') ctx.arc(x, y, r, 0, Math.PI * 2);
  else ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  ctx.fill();
}

/** Draws each bar's origin mark, in the origin's colour, between its label and the plot. */
export function originMarks(originOf: (index: number) => Origin, t: ChartTheme): Plugin {
  return {
    id: 'ledgerOriginMarks',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      eachElement(chart, (_x, y, i) => {
        const origin = originOf(i);
        ctx.fillStyle = t.origin[origin];
        drawOriginMark(ctx, origin, chartArea.left - 8, y, 4.5);
      });
      ctx.restore();
    },
  };
}

/**
 * Names beside points, placed by `placeLabels` (place-labels.ts): inside the plot area, over no
 * other name or point and, with `stepped`, not on the stepped line drawn through each dataset;
 * a name with no room is written as its short form (its number in the table), and with none
 * for that either the table alone names it. Phones keep their labels: the same placement runs
 * at every size.
 * @param labelOf the full and short label of element `index` of dataset `datasetIndex`
 */
export function placedPointLabels(labelOf: (index: number, datasetIndex: number) => { text: string; short: string } | undefined, t: ChartTheme, stepped = false): Plugin {
  return {
    id: 'ledgerLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `11px ${t.font}`;
      ctx.fillStyle = t.fg;
      ctx.textBaseline = 'middle';
      const points: PointLabel[] = [];
      const lines: { x: number; y: number }[][] = [];
      eachElement(chart, (x, y, i, d) => {
        const label = labelOf(i, d);
        points.push({ x, y, texts: label ? [label.text, label.short] : [] });
        (lines[d] ??= []).push({ x, y });
      });
      const bands: Box[] = stepped ? lines.flatMap((l) => stepBeforeBands(l)) : [];
      for (const placed of placeLabels(points, chartArea, (s) => ctx.measureText(s).width, 12, bands))
        if (placed) ctx.fillText(placed.text, placed.box.x, placed.box.y + placed.box.h / 2);
      ctx.restore();
    },
  };
}
