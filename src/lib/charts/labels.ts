/**
 * A tiny Chart.js plugin that writes a text beside each point or at the end of each bar, so
 * the static images (which have no tooltips) still name every model and value.
 */
import type { Plugin } from 'chart.js';
import type { ChartTheme } from './theme';

/**
 * @param text the text for element `index` of dataset `datasetIndex` ('' for none)
 * @param where 'end' writes after a horizontal bar's end; 'right' beside a point
 */
export function pointLabels(text: (index: number, datasetIndex: number) => string, t: ChartTheme, where: 'end' | 'right'): Plugin {
  return {
    id: 'ledgerLabels',
    afterDatasetsDraw(chart) {
      // Names beside points crowd a phone-sized plot; the table names them there.
      if (where === 'right' && chart.width < 560) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = `11px ${t.font}`;
      ctx.fillStyle = t.fg;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((ds, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((el, i) => {
          if (ds.data[i] === null || ds.data[i] === undefined) return;
          const label = text(i, d);
          if (!label) return;
          const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.fillText(label, x + (where === 'end' ? 4 : 7), y);
        });
      });
      ctx.restore();
    },
  };
}
