/**
 * Judging one pair against a threshold: the only place a gap meets a threshold. A tie
 * (overlapping published intervals) is judged as a gap of 0, and a floating-point tolerance
 * keeps 5.000000001 and 4.999999999 on the side of the threshold they are meant to be.
 */
import type { Measurement } from '../measurements';

/** Floating-point tolerance for threshold comparisons. */
export const EPSILON = 1e-9;

/** A line's pair, ready to be judged at any threshold. */
export interface Judged {
  gap: number;
  bounded: boolean;
  tie: boolean;
}

/** Whether a judged pair passes at a threshold (a tie is a gap of 0; undefined threshold: not counted). */
export function passes(j: Judged, threshold: number | undefined, strict: boolean): boolean | null {
  if (threshold === undefined) return null;
  const gap = j.tie ? 0 : j.gap;
  return strict ? gap > threshold + EPSILON : gap >= threshold - EPSILON;
}

/** Whether two published intervals overlap (false when either side has none). */
export function intervalsOverlap(a: Pick<Measurement, 'score' | 'uncertainty'>, b: Pick<Measurement, 'score' | 'uncertainty'>): boolean {
  if (!a.uncertainty || !b.uncertainty) return false;
  return a.score - a.uncertainty.minus <= b.score + b.uncertainty.plus + EPSILON && b.score - b.uncertainty.minus <= a.score + a.uncertainty.plus + EPSILON;
}

