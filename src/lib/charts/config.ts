/**
 * A chart definition as a Chart.js configuration. Browser-safe (imports nothing from Node):
 * the custom element in the browser and the build-time renderer in Node both call this, so
 * the page's chart, the PNG/SVG downloads and the social image are drawn by the same code.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { barConfig } from './config-bar';
import { overTimeConfig, scatterConfig } from './config-points';
import type { ChartTheme } from './theme';
import type { ChartDef } from './types';

export { barLabel } from './config-bar';
export { figureLine } from './config-shared';
export { dayNumber } from './config-points';

/** Options for a drawing: interactive in the browser, static for images. */
export interface DrawOptions {
  theme: ChartTheme;
  /** Static drawings (images) have no animation, no tooltips and a fixed size. */
  static?: boolean;
  /** Only the first n bars (social images). */
  maxBars?: number;
  /** Device pixels per CSS pixel for static drawings (2 = sharp PNG). */
  pixelRatio?: number;
  /** Title and subtitle drawn into images (the page has its own heading). */
  caption?: { title: string; subtitle: string } | undefined;
  /** Model ids to emphasise (URL state); others are faded. */
  highlight?: ReadonlySet<string>;
}

/** The Chart.js configuration of a chart definition. */
export function toChartConfig(def: ChartDef, o: DrawOptions): ChartConfiguration {
  const config = def.kind === 'bar' ? barConfig(def, o) : def.kind === 'scatter' ? scatterConfig(def, o) : overTimeConfig(def, o);
  const t = o.theme;
  config.options = {
    ...config.options,
    responsive: !o.static,
    maintainAspectRatio: false,
    animation: false,
    ...(o.pixelRatio ? { devicePixelRatio: o.pixelRatio } : {}),
    color: t.fg,
    font: { family: t.font, size: 12 },
    plugins: {
      ...config.options?.plugins,
      legend: { position: 'top', labels: { color: t.fg, usePointStyle: false } },
      tooltip: { ...config.options?.plugins?.tooltip, enabled: !o.static },
      ...(o.caption
        ? {
            title: { display: true, text: o.caption.title, color: t.fg, font: { size: 17, weight: 'normal' }, align: 'start' as const },
            subtitle: { display: true, text: o.caption.subtitle, color: t.muted, font: { size: 11 }, align: 'start' as const, position: 'bottom' as const },
          }
        : {}),
    },
  };
  config.plugins = [...(config.plugins ?? []), background(t.bg)];
  return config;
}

/** Paints the explicit background (downloads must not be transparent). */
const background = (color: string): Plugin => ({
  id: 'ledgerBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});
