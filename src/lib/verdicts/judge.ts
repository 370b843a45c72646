/**
 * Judging one pair against a threshold: the only place a gap meets a threshold. A tie
 * (overlapping published intervals) is judged as a gap of 0, and a floating-point tolerance
 * keeps 5.000000001 and 4.999999999 on the side of the threshold they are meant to be.
 */
import type { Interval } from '../measurements';

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

/** The part of a measurement an overlap needs: its published interval's bounds (derived in measurements.ts from either printed form). */
type Bounded = { uncertainty?: Pick<Interval, 'lower' | 'upper'> | undefined };

/** Whether two published intervals overlap (false when either side has none). */
export function intervalsOverlap(a: Bounded, b: Bounded): boolean {
  if (!a.uncertainty || !b.uncertainty) return false;
  return a.uncertainty.lower <= b.uncertainty.upper + EPSILON && b.uncertainty.lower <= a.uncertainty.upper + EPSILON;
}

