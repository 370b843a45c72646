/**
 * Small Chart.js plugins that write on the plot, so the static images (which have no
 * tooltips) still name every model and value: text at the end of each bar, the origin mark
 * beside each bar, and names beside points placed so that no two overlap.
 */
import type { Chart, Plugin } from 'chart.js';
import type { Origin } from '../origin';
import type { ChartTheme } from './theme';

/**
 * Writes `text(index, datasetIndex)` after the end of each horizontal bar, or after its
 * whisker when `reach` gives the value the whisker reaches.
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
      eachElement(chart, (x, y, i, d) => {
        const label = text(i, d);
        const r = reach?.(i);
        const end = r !== undefined && scale ? Math.min(Math.max(x, scale.getPixelForValue(r)), chart.chartArea.right) : x;
        if (label) ctx.fillText(label, end + 4, y);
      });
      ctx.restore();
    },
  };
}

/** Calls `fn` with the position of every drawn element of every visible dataset. */
function eachElement(chart: Chart, fn: (x: number, y: number, index: number, datasetIndex: number) => void) {
  chart.data.datasets.forEach((ds, d) => {
    const meta = chart.getDatasetMeta(d);
    if (meta.hidden) return;
    meta.data.forEach((el, i) => {
      if (ds.data[i] === null || ds.data[i] === undefined) return;
      const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
      fn(x, y, i, d);
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

interface Box { x: number; y: number; w: number; h: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Names beside points, placed so that none overlaps another name or a point: right, left,
 * above or below the point, the first that is free. A name that finds no room is written as
 * its short form (its number in the table); if even that has none, the table alone names it.
 * Phones keep their labels: the same placement runs at every size.
 * @param labelOf the full and short label of element `index` of dataset `datasetIndex`
 */
export function placedPointLabels(labelOf: (index: number, datasetIndex: number) => { text: string; short: string } | undefined, t: ChartTheme): Plugin {
  return {
    id: 'ledgerLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      ctx.save();
      ctx.font = `11px ${t.font}`;
      ctx.fillStyle = t.fg;
      ctx.textBaseline = 'middle';
      const points: { x: number; y: number; i: number; d: number }[] = [];
      eachElement(chart, (x, y, i, d) => points.push({ x, y, i, d }));
      const taken: Box[] = points.map((p) => ({ x: p.x - 6, y: p.y - 6, w: 12, h: 12 }));
      const h = 12;
      for (const p of points) {
        const label = labelOf(p.i, p.d);
        if (!label) continue;
        for (const text of [label.text, label.short]) {
          const w = ctx.measureText(text).width;
          const spots: Box[] = [
            { x: p.x + 8, y: p.y - h / 2, w, h },
            { x: p.x - 8 - w, y: p.y - h / 2, w, h },
            { x: p.x - w / 2, y: p.y - 8 - h, w, h },
            { x: p.x - w / 2, y: p.y + 8, w, h },
          ];
          const free = spots.find((b) => b.x >= area.left && b.x + b.w <= area.right && b.y >= area.top && b.y + b.h <= area.bottom && !taken.some((o) => overlaps(b, o)));
          if (!free) continue;
          taken.push(free);
          ctx.fillText(text, free.x, free.y + h / 2);
          break;
        }
      }
      ctx.restore();
    },
  };
}
