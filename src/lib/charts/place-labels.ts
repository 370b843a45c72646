/**
 * Where names beside points go (pure, so the rule is tested for all inputs): each name takes
 * the first free spot around its point — right, left, above, below, then the four corners, then
 * above or below slid sideways to stay in the plot — where it lies wholly inside the plot area
 * and overlaps no point marker and no name already placed. A name with no free spot tries its
 * short form (its row number in the table); with none for that either, it is left to the table.
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

/**
 * Places the names of `points` in order (earlier points first).
 * @param measure the drawn width of a text
 * @param h the height of a line of text
 * @returns one entry per point: where its name goes, or undefined when no form found room
 */
export function placeLabels(points: readonly PointLabel[], area: Area, measure: (text: string) => number, h = 12): (Placed | undefined)[] {
  const taken: Box[] = points.map((p) => ({ x: p.x - MARKER_PX, y: p.y - MARKER_PX, w: 2 * MARKER_PX, h: 2 * MARKER_PX }));
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
