/**
 * The small figure beside each claim on the home page: for a score comparison, one bar per
 * benchmark showing how far the claim's side is ahead of or behind the best rival, against
 * the rule's threshold. Pure geometry; the component draws it as static SVG (no JavaScript).
 */
import type { Line } from './verdicts';

export interface GapBar {
  label: string;
  /** Gap in the rule's units (percentage points of the scale, or rating points). */
  gap: number;
  pass: boolean | null;
  /** x and width of the bar, in a 0..width box centred on zero. */
  x: number;
  w: number;
}

/** Bars for the lines that were compared, scaled to `width` around a centre line. */
export function gapBars(lines: Line[], width: number): { bars: GapBar[]; zero: number } {
  const withGap = lines.flatMap((l) => {
    return l.gap === undefined ? [] : [{ label: l.label, gap: Math.round(l.gap * 100) / 100, pass: l.pass }];
  });
  const reach = Math.max(1, ...withGap.map((b) => Math.abs(b.gap)));
  const zero = width / 2;
  const scale = (width / 2 - 2) / reach;
  return {
    zero,
    bars: withGap.map((b) => ({ ...b, x: b.gap < 0 ? zero + b.gap * scale : zero, w: Math.max(1, Math.abs(b.gap) * scale) })),
  };
}
