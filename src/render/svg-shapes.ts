/**
 * Skia writes each arc Chart.js draws (a scatter point) as a path of a hundred tiny quadratic
 * curves, about 3 KB a point; this turns every such path that is a circle back into <circle>.
 */

/** The circle a path's points lie on, or undefined when they do not all lie on one. */
export function circleOf(d: string): { cx: number; cy: number; r: number } | undefined {
  if (!/^M[\d.\s-]+(Q[\d.\s-]+)+Z?$/.test(d)) return undefined;
  const n = d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
  if (n.length < 16) return undefined;
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const r = (x1 - x0 + y1 - y0) / 4;
  const tolerance = 0.2 + r * 0.05;
  const onCircle = xs.every((x, i) => Math.abs(Math.hypot(x - cx, ys[i]! - cy) - r) <= tolerance);
  return onCircle && r > 0 ? { cx, cy, r } : undefined;
}

const round = (v: number) => String(Math.round(v * 10) / 10);

/** Replaces circular paths by <circle> elements with the same fill and stroke attributes. */
export const circlesFromPaths = (svg: string) =>
  svg.replace(/<path ([^>]*?)d="([^"]*)"([^>]*)\/>/g, (whole, before: string, d: string, after: string) => {
    const c = circleOf(d);
    return c ? `<circle ${before}cx="${round(c.cx)}" cy="${round(c.cy)}" r="${round(c.r)}"${after}/>` : whole;
  });
