/**
 * The blank edge round a chart image (PNG, SVG, social card): images stand alone in a paper,
 * a post or a slide, so their title, labels and plot keep off the edge. The page's own chart
 * has the page's margins and does not get it.
 */
import { IMAGE_MARGIN } from '../lib/charts/size';

export { IMAGE_MARGIN };

type Padding = { left?: number; right?: number; top?: number; bottom?: number };
/** Chart.js's `layout.padding`: a number, per-edge numbers, or a function of the chart. */
export type PaddingOption = number | Padding | ((c: { chart: { width: number } }) => number | Padding) | undefined;

/** A chart's own layout padding with the image margin added on every edge. */
export function withImageMargin(own: PaddingOption): (c: { chart: { width: number } }) => Required<Padding> {
  return (c) => {
    const v = typeof own === 'function' ? own(c) : (own ?? 0);
    const p: Padding = typeof v === 'number' ? { left: v, right: v, top: v, bottom: v } : v;
    const { side, bottom } = IMAGE_MARGIN;
    return { left: (p.left ?? 0) + side, right: (p.right ?? 0) + side, top: (p.top ?? 0) + side, bottom: (p.bottom ?? 0) + bottom };
  };
}
