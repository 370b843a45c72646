/**
 * Where names beside points go (pure, so the rule is tested for all inputs): each name takes
 * the first free spot around its point — right, left, above, below, then the four corners, then
 * above or below slid sideways to stay in the plot — where it lies wholly inside the plot area
 * and overlaps no point marker, no drawn line and no name already placed. A name with no free
 * spot tries its short form (its row number in the table); with none for that either, it is left
 * to the table.
 */

/** A rectangle in canvas pixels; x, y is its top-left corner. */
export interface Box { x: number; y: number; w: number; h: number }
/** The plot area, in canvas pixels. */
export interface Area { left: number; top: number; right: number; bottom: number }
/** One point to name: its centre and the forms of its name, longest first. */
export interface PointLabel { x: number; y: number; texts: readonly string[] }
/** A placed name: the form chosen and the box it fills (text drawn from x at the box's middle line). */
export interface Placed { text: string; box: Box }

/** Half the side of the box a point marker keeps free; the gap between a marker's centre and its name. */
export const MARKER_PX = 6;
export const GAP_PX = 8;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (b: Box, a: Area) => b.x >= a.left && b.x + b.w <= a.right && b.y >= a.top && b.y + b.h <= a.bottom;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** The spots tried for a name `w` wide and `h` tall beside a point at (x, y), in order. */
export function candidateSpots(x: number, y: number, w: number, h: number, area: Area): Box[] {
  const g = GAP_PX;
  const mid = y - h / 2;
  const slid = clamp(x - w / 2, area.left, area.right - w);
  return [
    { x: x + g, y: mid, w, h }, { x: x - g - w, y: mid, w, h },
    { x: x - w / 2, y: y - g - h, w, h }, { x: x - w / 2, y: y + g, w, h },
    { x: x + g / 2, y: y - g - h, w, h }, { x: x - g / 2 - w, y: y - g - h, w, h },
    { x: x + g / 2, y: y + g, w, h }, { x: x - g / 2 - w, y: y + g, w, h },
    { x: slid, y: y - g - h, w, h }, { x: slid, y: y + g, w, h },
  ];
}

/** Half the thickness of the band a drawn line keeps free of names. */
export const LINE_PX = 2;

/**
 * The bands a line drawn through `points` in order covers, with Chart.js's `stepped: 'before'`
 * (from each point across at its height, then up or down to the next): one band per segment.
 */
export function stepBeforeBands(points: readonly { x: number; y: number }[]): Box[] {
  const bands: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    bands.push({ x: Math.min(a.x, b.x) - LINE_PX, y: a.y - LINE_PX, w: Math.abs(b.x - a.x) + 2 * LINE_PX, h: 2 * LINE_PX });
    bands.push({ x: b.x - LINE_PX, y: Math.min(a.y, b.y) - LINE_PX, w: 2 * LINE_PX, h: Math.abs(b.y - a.y) + 2 * LINE_PX });
  }
  return bands;
}

/**
 * Places the names of `points` in order (earlier points first).
 * @param measure the drawn width of a text
 * @param h the height of a line of text
 * @param lines the bands of drawn lines that no name may cover (see stepBeforeBands)
 * @returns one entry per point: where its name goes, or undefined when no form found room
 */
export function placeLabels(points: readonly PointLabel[], area: Area, measure: (text: string) => number, h = 12, lines: readonly Box[] = []): (Placed | undefined)[] {
  const taken: Box[] = [...points.map((p) => ({ x: p.x - MARKER_PX, y: p.y - MARKER_PX, w: 2 * MARKER_PX, h: 2 * MARKER_PX })), ...lines];
  return points.map((p) => {
    for (const text of p.texts) {
      const free = candidateSpots(p.x, p.y, measure(text), h, area).find((b) => inside(b, area) && !taken.some((o) => overlaps(b, o)));
      if (!free) continue;
      taken.push(free);
      return { text, box: free };
    }
    return undefined;
  });
}
