/** The one place a gap meets a threshold (src/lib/verdicts/judge.ts): edges, ties and intervals. */
import { describe, expect, it } from 'vitest';
import { intervalAround } from '../../src/lib/measurements';
import { EPSILON, intervalsOverlap, passes } from '../../src/lib/verdicts/judge';

const j = (gap: number, tie = false) => ({ gap, bounded: true, tie });
const m = (score: number, minus?: number, plus = minus) => ({ score, uncertainty: minus === undefined ? undefined : intervalAround(score, { minus, plus: plus!, kind: '95% CI' }) });

describe('passes', () => {
  it('does not count a line without a threshold', () => {
    expect(passes(j(10), undefined, false)).toBeNull();
    expect(passes(j(-10), undefined, true)).toBeNull();
  });
  it('at least: passes exactly at the threshold and within the tolerance below it, fails beyond it', () => {
    expect(passes(j(-3), -3, false)).toBe(true);
    expect(passes(j(-3 - EPSILON), -3, false)).toBe(true);
    expect(passes(j(-EPSILON), 0, false)).toBe(true);
    expect(passes(j(-3.001), -3, false)).toBe(false);
  });
  it('strictly ahead: level is not ahead, nor within the tolerance above; clearly above is', () => {
    expect(passes(j(0), 0, true)).toBe(false);
    expect(passes(j(EPSILON), 0, true)).toBe(false);
    expect(passes(j(0.001), 0, true)).toBe(true);
  });
  it('judges a tie as a gap of 0, whatever the raw gap', () => {
    expect(passes(j(-25, true), -20, false)).toBe(true);
    expect(passes(j(25, true), 20, false)).toBe(false);
    expect(passes(j(25, true), 0, true)).toBe(false);
  });
});

describe('intervalsOverlap', () => {
  it('is false when either side has no published interval', () => {
    expect(intervalsOverlap(m(10, 5), m(10))).toBe(false);
    expect(intervalsOverlap(m(10), m(10, 5))).toBe(false);
    expect(intervalsOverlap(m(10), m(10))).toBe(false);
  });
  it('is true for overlapping intervals in either order, false for disjoint ones in either order', () => {
    expect(intervalsOverlap(m(10, 1), m(11.5, 1))).toBe(true);
    expect(intervalsOverlap(m(11.5, 1), m(10, 1))).toBe(true);
    expect(intervalsOverlap(m(10, 1), m(20, 1))).toBe(false);
    expect(intervalsOverlap(m(20, 1), m(10, 1))).toBe(false);
  });
  it('uses each side\'s own minus and plus', () => {
    expect(intervalsOverlap(m(10, 5, 0), m(6, 0))).toBe(true);
    expect(intervalsOverlap(m(6, 0), m(10, 5, 0))).toBe(true);
    expect(intervalsOverlap(m(11.5, 0), m(10, 0, 2))).toBe(true);
    expect(intervalsOverlap(m(10, 0, 2), m(11.5, 0))).toBe(true);
    expect(intervalsOverlap(m(10, 0, 1), m(12, 0))).toBe(false);
  });
  it('counts touching intervals, with the tolerance, as overlapping', () => {
    const edge = 10 + 1 + EPSILON;
    expect(intervalsOverlap(m(10, 0, 1), m(edge, 0))).toBe(true);
    expect(intervalsOverlap(m(edge, 0), m(10, 0, 1))).toBe(true);
    expect(intervalsOverlap(m(10, 0, 1), m(11.001, 0))).toBe(false);
  });
});
