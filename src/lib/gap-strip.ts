/**
 * The small figure beside each claim on the home page: for a score comparison, one bar per
 * benchmark showing how far the claim's side is ahead of or behind the best rival, against
 * the rule's threshold. Pure geometry; the component draws it as static SVG (no JavaScript).
 */
import type { Line } from './verdicts';

export interface GapBar {
  label: string;
  /** True when the bar is longer than the strip and drawn cut at its edge. */
  clipped: boolean;
  unit: 'points' | 'rating';
  /** Gap in the rule's units (percentage points of the scale, or rating points). */
  gap: number;
  pass: boolean | null;
  /** x and width of the bar, in a 0..width box centred on zero. */
  x: number;
  w: number;
}

/** Bars for the counted lines that were compared (context lines left out), scaled to `width` around a centre line. */
export function gapBars(lines: Line[], width: number): { bars: GapBar[]; zero: number } {
  const withGap = lines.flatMap((l) => {
    return l.gap === undefined || l.counted === false ? [] : [{ label: l.label, gap: l.gap, pass: l.pass, unit: l.gapUnit ?? 'points' }];
  });
  // Scale to the percentage-point gaps; rating-point (Elo) gaps are on another scale and are
  // cut at the edge rather than allowed to dwarf the rest.
  const points = withGap.filter((b) => b.unit === 'points');
  const reach = Math.max(1, ...(points.length ? points : withGap).map((b) => Math.abs(b.gap)));
  const zero = width / 2;
  const scale = (width / 2 - 2) / reach;
  return {
    zero,
    bars: withGap.map((b) => {
      const len = Math.min(Math.abs(b.gap) * scale, width / 2 - 2);
      return { ...b, clipped: Math.abs(b.gap) * scale > width / 2 - 2, x: b.gap < 0 ? zero - len : zero, w: Math.max(1, len) };
    }),
  };
}
