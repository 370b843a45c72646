/** The drawn size of a chart: bar charts grow with their number of bars so labels stay legible. */
import type { ChartDef } from './types';

/** Pixels per bar (a phone-sized plot wraps labels onto two lines, so needs more), and the room axes and legend take. */
export const BAR_PX = 20;
export const BAR_PX_PHONE = 30;
export const FRAME_PX = 110;
/** The blank edge round a build-time image, in CSS pixels: left, right and top, and bottom (src/render/image-margin.ts). */
export const IMAGE_MARGIN = { side: 16, bottom: 12 } as const;
/** Room the caption of a build-time image and its blank edge take above and below the plot (src/render/chart-image.ts). */
export const IMAGE_CAPTION_PX = 56 + IMAGE_MARGIN.side + IMAGE_MARGIN.bottom;

/** Number of bar slots a bar chart reserves. */
export const barSlots = (def: ChartDef) => (def.kind === 'bar' ? Math.max(def.figures.length, 3) : 0);

/** Width and height (CSS pixels) at which a chart reads well; images are drawn at this size. */
export function chartSize(def: ChartDef, width = 960): { width: number; height: number } {
  if (def.kind === 'bar') return { width, height: FRAME_PX + BAR_PX * barSlots(def) };
  return { width, height: Math.round(width * 0.6) };
}

/** The size of a chart's build-time PNG/SVG in CSS pixels (the plot plus its caption). */
export function imageSize(def: ChartDef): { width: number; height: number } {
  const { width, height } = chartSize(def);
  return { width, height: height + IMAGE_CAPTION_PX };
}
