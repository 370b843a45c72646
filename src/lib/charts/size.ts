/** The drawn size of a chart: bar charts grow with their number of bars so labels stay legible. */
import type { ChartDef } from './types';

/** Pixels per bar, and the room axes, legend and title take. */
const BAR_PX = 20;
const FRAME_PX = 110;

/** Width and height (CSS pixels) at which a chart reads well; images are drawn at this size. */
export function chartSize(def: ChartDef, width = 960): { width: number; height: number } {
  if (def.kind === 'bar') return { width, height: FRAME_PX + BAR_PX * Math.max(def.figures.length, 3) };
  return { width, height: Math.round(width * 0.6) };
}
