/**
 * Chart ids: one documented rule, derived from data, so a chart's permalink never depends on
 * the order of files or on code changes. See README.md in this folder.
 *
 * - bar chart:       `<benchmark-id>` or `<benchmark-id>--<variant-slug>`
 * - scatter chart:   `price-vs-<bar-id>`, `active-params-vs-<bar-id>`, `total-params-vs-<bar-id>`
 * - over-time chart: `china-vs-west-<bar-id>`
 */
import type { ScatterX } from './types';

/** Variants that differ only in case, spaces or punctuation are one variant ("With tools" = "with-tools"). */
export const variantKey = (variant?: string) => (variant ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Symbols that carry meaning in variant names, spelt out so "<128k" and "128k" stay apart. */
const SYMBOLS: [RegExp, string][] = [[/</g, ' lt '], [/>/g, ' gt '], [/\+/g, ' plus '], [/%/g, ' pct '], [/@/g, ' at ']];

/**
 * The kebab-case slug of a variant name: symbols spelt out, every other run of
 * non-alphanumerics a hyphen. e.g. "with tools" → "with-tools", "<128k" → "lt-128k".
 * @param variant the variant as written in data/results
 */
export function variantSlug(variant: string): string {
  let s = variant.toLowerCase();
  for (const [re, word] of SYMBOLS) s = s.replace(re, word);
  return s.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'variant';
}

/** The id of a benchmark's bar chart, for one variant or for figures without one. */
export function barChartId(benchmark: string, variant?: string): string {
  return variant ? `${benchmark}--${variantSlug(variant)}` : benchmark;
}

/** The id of a scatter chart of a bar chart's scores against `x`. */
export const scatterChartId = (x: ScatterX, barId: string) => `${x}-vs-${barId}`;

/** The id of the over-time chart (best Chinese vs best Western) of a bar chart's scores. */
export const overTimeChartId = (barId: string) => `china-vs-west-${barId}`;

/** The page of a chart, root-relative (pass through href() to link it). */
export const chartPath = (id: string) => `/charts/${id}/`;

/** The page of a chart without site chrome, for iframes. */
export const embedPath = (id: string) => `/embed/${id}/`;

/** The download formats that sit beside every chart page. */
export const CHART_FILES = ['csv', 'json', 'png', 'svg'] as const;
export type ChartFile = (typeof CHART_FILES)[number];

/** A download beside the chart page, e.g. `/charts/hle.png`. */
export const chartFilePath = (id: string, ext: ChartFile) => `/charts/${id}.${ext}`;

/** The social preview image (1200×630). */
export const chartOgPath = (id: string) => `/og/charts/${id}.png`;
