/**
 * Build-time images of charts (Node only): Chart.js drawing on @napi-rs/canvas with the same
 * configuration the browser uses (src/lib/charts/config.ts), in the font of src/render/font.ts.
 * PNG for downloads and social previews; SVG with real text and a subset of the font embedded.
 */
import { SvgExportFlag, createCanvas, type Canvas, type SvgCanvas } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { BarController, BarElement, CategoryScale, Chart, Legend, SubTitle, Title, LineController, LineElement, LinearScale, LogarithmicScale, PointElement, ScatterController } from 'chart.js';
import { ensureImageFont, FAMILY, guardText } from './font';
import { palettePng } from './png';
import { circlesFromPaths } from './svg-shapes';
import { embedFontSubset } from './svg-text';
import { withImageMargin, type PaddingOption } from './image-margin';
import { toChartConfig, type DrawOptions } from '../lib/charts/config';
import { chartSize, IMAGE_CAPTION_PX } from '../lib/charts/size';
import { LIGHT, type ChartTheme } from '../lib/charts/theme';
import type { ChartDef } from '../lib/charts/types';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController, LineController, LineElement, PointElement, Legend, Title, SubTitle);

/**
 * The theme images are drawn in. Chart.js reads its font family from `Chart.defaults` (the
 * per-chart `font` option does not reach titles, ticks and legends), so it is set there too.
 */
function imageTheme(base: ChartTheme = LIGHT): ChartTheme {
  ensureImageFont();
  Chart.defaults.font.family = `"${FAMILY}"`;
  return { ...base, font: `"${FAMILY}"` };
}

/**
 * Draws a chart on a canvas and returns what `out` reads from it (given the colours drawn); Chart.js in Node uses its
 * basic (DOM-less) platform. `destroy()` clears the canvas, so the image is taken before it.
 */
function draw<C extends Canvas | SvgCanvas, T>(canvas: C, def: ChartDef, options: Omit<DrawOptions, 'theme'>, out: (c: C, colours: string[]) => T, theme?: ChartTheme): T {
  const t = imageTheme(theme);
  const config = toChartConfig(def, { theme: t, static: true, ...options });
  config.options = { ...config.options, layout: { ...config.options?.layout, padding: withImageMargin(config.options?.layout?.padding as PaddingOption) } };
  const chart = new Chart(guardText(canvas.getContext('2d') as never) as never, config);
  try {
    return out(canvas, imageColours(config, t));
  } finally {
    chart.destroy();
  }
}

/** A `#rrggbb` or `#rrggbbaa` colour as the canvas paints it over `bg` (to the byte), as `#rrggbb`. */
export function painted(colour: string, bg: string): string {
  const ch = (h: string, i: number) => Number.parseInt(h.slice(i, i + 2), 16);
  const a = colour.length === 9 ? ch(colour, 7) / 255 : 1;
  return `#${[1, 3, 5].map((i) => Math.round(ch(colour, i) * a + ch(bg, i) * (1 - a)).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colours a drawing paints: its theme's background, text, grid and origin marks, and every
 * dataset's fill and outline (a bar whose settings differ is a tint). Its 16-colour PNG must
 * keep every one (png.ts).
 */
export function imageColours(config: ChartConfiguration, t: ChartTheme): string[] {
  const drawn = config.data.datasets.flatMap((d) => [d.backgroundColor, d.borderColor].flat()).filter((c): c is string => typeof c === 'string' && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(c));
  return [...new Set([t.bg, t.fg, t.muted, t.grid, ...Object.values(t.origin), ...drawn].map((c) => painted(c, t.bg)))];
}

/** What an image says about itself: title, and a line naming site, permalink and data version. */
export type Caption = NonNullable<DrawOptions['caption']>;

/**
 * Device pixels per CSS pixel of a PNG download: 1200 px wide, wider than a document's column
 * and most of a slide. It was 1.5 (1440 px) until 2026-12-01; 1.25 takes a fifth off every
 * download (PNGs 11.9 → about 9.5 MB) for the site's size budget (bench/scale-measure.ts).
 */
export const PNG_SCALE = 1.25;
/** Tallest PNG download, in device pixels: long bar charts are drawn at a lower scale. */
export const MAX_PNG_HEIGHT = 2400;

/** The scale of a PNG download `cssHeight` tall: PNG_SCALE, less for tall charts, never under 1. */
export const pngScale = (cssHeight: number) => Math.max(1, Math.min(PNG_SCALE, Math.floor((MAX_PNG_HEIGHT / cssHeight) * 4) / 4));

/** The chart as a PNG download (1.25× pixels, 1× for tall bar charts). */
export function chartPng(def: ChartDef, caption: Caption): Promise<Buffer> {
  const { width, height } = chartSize(def);
  const canvas = createCanvas(width, height + IMAGE_CAPTION_PX);
  return draw(canvas, def, { pixelRatio: pngScale(height + IMAGE_CAPTION_PX), caption }, palettePng);
}

/** The chart as SVG: text as `<text>` in a font subset embedded in the file. */
export async function chartSvg(def: ChartDef, caption: Caption): Promise<Buffer> {
  const { width, height } = chartSize(def);
  const canvas = createCanvas(width, height + IMAGE_CAPTION_PX, SvgExportFlag.NoPrettyXML);
  const raw = draw(canvas, def, { caption }, (c) => c.getContent().toString('utf8'));
  return Buffer.from(await embedFontSubset(circlesFromPaths(compactSvg(raw)), caption.title, SHAPE_CSS));
}

/** The social preview: 1200×630, the first bars only for long bar charts; light unless `theme` says (model pages' dark rendition). */
export function chartOgPng(def: ChartDef, caption: Caption, theme?: ChartTheme): Promise<Buffer> {
  const canvas = createCanvas(1200, 630);
  return draw(canvas, def, { maxBars: 18, caption }, palettePng, theme);
}

/** Style rules that stand for attributes compactSvg drops: Skia gives every path a mitre limit of 10 (SVG's default is 4). */
export const SHAPE_CSS = 'path{stroke-miterlimit:10}';

/**
 * Path coordinates cut to one decimal (a tenth of a CSS pixel); text positions are cut by
 * svg-text. Attributes Skia repeats on every shape go: `stroke-width="1"` is SVG's default, and
 * the mitre limit is set once by SHAPE_CSS (circles have no corners, so theirs is dropped).
 */
export const compactSvg = (svg: string) =>
  svg
    .replace(/>\s+</g, '><')
    .replace(/( d="[^"]*")/g, (d) => d.replace(/(\d\.\d)\d+/g, '$1'))
    .replace(/ stroke-width="1"(?=[ />])/g, '')
    .replace(/ stroke-miterlimit="10"(?=[ />])/g, '');
