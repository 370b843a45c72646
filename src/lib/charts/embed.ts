/**
 * The embed page of a chart (/embed/<id>/): the one source line it prints under the chart, and
 * the iframe height the "Embed" snippet states, which fits the page at any frame width. Pure.
 */
import { BAR_PX_PHONE, FRAME_PX, barSlots } from './size';
import type { ChartDef, Figure } from './types';

/** The source line under an embedded chart: the text, then the words that link to the chart page. */
export interface EmbedSource { text: string; link: string }

/** Every figure a chart draws. */
export const drawnFigures = (def: ChartDef): Figure[] =>
  def.kind === 'bar' ? def.figures : def.kind === 'scatter' ? def.points : def.series.flatMap((s) => s.steps);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What an embed prints under the chart: marks, counts, measurers, dataset version and date, and where the rest is. */
export function embedSource(def: ChartDef, version: string, asOf: string): EmbedSource {
  const figures = drawnFigures(def);
  const documents = new Set(figures.flatMap((f) => f.citations.map((c) => c.id))).size;
  const measurers = [...new Set(figures.map((f) => f.measurer))];
  const by = `${measurers.slice(0, 3).join(', ')}${measurers.length > 3 ? ` and ${measurers.length - 3} more` : ''}`;
  return {
    text: `▲ China · ● West · ■ elsewhere. ${plural(figures.length, 'figure')} printed in ${plural(documents, 'document')}; measured by ${by}. Benchmark Ledger, dataset ${version}, data as of ${asOf}. Every source,${def.kind === 'bar' ? ' what the marks ° † ‡ mean,' : ''} the table and how to cite:`,
    link: 'the chart page',
  };
}

/** Height of an embedded chart's box, the same at every width (bars at their phone height, so labels may wrap onto two lines). */
export const EMBED_PLOT_PX = 360;
export const embedChartPx = (def: ChartDef) => (def.kind === 'bar' ? FRAME_PX + BAR_PX_PHONE * barSlots(def) : EMBED_PLOT_PX);

/**
 * How the embed page's text wraps in the narrowest frame it is made for (EMBED_NARROWEST_PX):
 * characters per line (fewer than fit, so the estimate errs long) and line heights, in the sizes
 * src/layouts/Embed.astro sets; the page padding and margins. Checked at 320 to 1280 px in
 * tests/e2e/chart-measurements.test.ts.
 */
export const EMBED_NARROWEST_PX = 320;
const TITLE = { chars: 24, px: 21 };
const SOURCE = { chars: 32, px: 18 };
const PADDING_PX = 32;

const lines = (text: string, chars: number) => {
  let n = 1;
  let width = 0;
  for (const word of text.split(/\s+/)) {
    if (width && width + 1 + word.length > chars) { n++; width = word.length; } else width += (width ? 1 : 0) + word.length;
  }
  return n;
};

/**
 * The iframe height (CSS px) the snippet states: the chart box plus the heading and the source
 * line as they wrap at the narrowest width. The page fills its frame, so on wider frames the
 * chart box takes the lines the text does not need.
 */
export function embedHeight(def: ChartDef, source: EmbedSource): number {
  return PADDING_PX + lines(def.title, TITLE.chars) * TITLE.px + embedChartPx(def) + lines(`${source.text} ${source.link}.`, SOURCE.chars) * SOURCE.px;
}
