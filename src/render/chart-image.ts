/**
 * Build-time images of charts (Node only): Chart.js drawing on @napi-rs/canvas with the same
 * configuration the browser uses (src/lib/charts/config.ts). PNG for downloads and social
 * previews; SVG with text converted to paths, so the font travels with the file.
 */
import { SvgExportFlag, createCanvas, type Canvas, type SvgCanvas } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, SubTitle, Title, LineController, LineElement, LinearScale, LogarithmicScale, PointElement, ScatterController } from 'chart.js';
import { ensureImageFont, FAMILY } from './font';
import { toChartConfig, type DrawOptions } from '../lib/charts/config';
import { chartSize } from '../lib/charts/size';
import { LIGHT, type ChartTheme } from '../lib/charts/theme';
import type { ChartDef } from '../lib/charts/types';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController, LineController, LineElement, PointElement, Legend, Title, SubTitle);

function imageTheme(): ChartTheme {
  ensureImageFont();
  return { ...LIGHT, font: `"${FAMILY}", sans-serif` };
}

/**
 * Draws a chart on a canvas and returns what `out` reads from it; Chart.js in Node uses its
 * basic (DOM-less) platform. `destroy()` clears the canvas, so the image is taken before it.
 */
function draw<C extends Canvas | SvgCanvas, T>(canvas: C, def: ChartDef, options: Omit<DrawOptions, 'theme'>, out: (c: C) => T): T {
  const config = toChartConfig(def, { theme: imageTheme(), static: true, ...options });
  const chart = new Chart(canvas.getContext('2d') as never, config);
  try {
    return out(canvas);
  } finally {
    chart.destroy();
  }
}

/** What an image says about itself: title, and a line naming site, permalink and data version. */
export type Caption = NonNullable<DrawOptions['caption']>;
/** Room the caption takes above and below the plot. */
const CAPTION_PX = 56;

/** The chart as PNG at its natural size (2× pixels for sharp text). */
export function chartPng(def: ChartDef, caption: Caption): Buffer {
  const { width, height } = chartSize(def);
  const canvas = createCanvas(width, height + CAPTION_PX);
  return draw(canvas, def, { pixelRatio: 2, caption }, (c) => c.toBuffer('image/png'));
}

/** The chart as SVG, text drawn as paths. */
export function chartSvg(def: ChartDef, caption: Caption): Buffer {
  const { width, height } = chartSize(def);
  const canvas = createCanvas(width, height + CAPTION_PX, SvgExportFlag.ConvertTextToPaths);
  return draw(canvas, def, { caption }, (c) => Buffer.from(compactSvg(c.getContent().toString('utf8'))));
}

/** The social preview: 1200×630, the first bars only for long bar charts. */
export function chartOgPng(def: ChartDef, caption: Caption): Buffer {
  const canvas = createCanvas(1200, 630);
  return draw(canvas, def, { maxBars: 18, caption }, (c) => c.toBuffer('image/png'));
}

/**
 * Text drawn as paths makes large files: coordinates are cut to one decimal (a tenth of a CSS
 * pixel) and the pretty-printing dropped, which halves them. (The export flags for compact
 * output cannot be combined with text-to-paths in @napi-rs/canvas 1.1.1.)
 */
export const compactSvg = (svg: string) => svg.replace(/>\s+</g, '><').replace(/(\d\.\d)\d+/g, '$1');
