/**
 * The sensitivity strip and "what would change this" (src/lib/verdicts/sensitivity.ts), and
 * verdicts from the share of passing tests (share.ts), on hand-made lines.
 */
import { describe, expect, it } from 'vitest';
import type { ScoreComparisonTest } from '../../src/schemas';
import type { Judged } from '../../src/lib/verdicts/judge';
import { sensitivityStrip, wouldChangeScores } from '../../src/lib/verdicts/sensitivity';
import { shareVerdict, verdictOfShare } from '../../src/lib/verdicts/share';
import type { Evidence, Line } from '../../src/lib/verdicts/types';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset!;
const test = (extra: Partial<ScoreComparisonTest> = {}) => ({
  rule: 'score-comparison', subject: { models: ['model-x'] }, rivals: { origin: 'west' }, benchmarks: { categories: ['agentic-coding'], reason: 'r' },
  minGap: -3, minGapRationale: 'r', minGapElo: -20, minGapEloRationale: 'r', supported: 0.75, partly: 0.4, shareRationale: 'r', ...extra,
}) as ScoreComparisonTest;
const ev = [{ model: 'model-x' }, { model: 'model-y' }] as Evidence[];
/** Fields a test may set, or unset with undefined. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
/** A decided line: passing when gap ≥ threshold. */
const L = (label: string, gap: number, extra: Loose<Line> = {}): Line => {
  const threshold = extra.gapUnit === 'rating' ? -20 : -3;
  return { label, pass: gap >= threshold, detail: '', gap, threshold, gapUnit: 'points', evidence: ev, ...extra } as Line;
};
const open = (label: string): Line => ({ label, pass: null, detail: '' });

describe('verdictOfShare', () => {
  it('is Unverifiable with nothing decided', () => expect(verdictOfShare(0, 0, 0.75, 0.4)).toBe('Unverifiable'));
  it('is Supported from the supported share, Partly from the partly share, exactly at each and within float tolerance', () => {
    expect(verdictOfShare(3, 4, 0.75, 0.4)).toBe('Supported');
    expect(verdictOfShare(3, 4, 0.75 + 1e-9, 0.4)).toBe('Supported');
    expect(verdictOfShare(2, 3, 0.6666666667, 0.4)).toBe('Supported');
    expect(verdictOfShare(2, 4, 0.75, 0.5)).toBe('Partly supported');
    expect(verdictOfShare(2, 5, 0.75, 0.4 + 1e-9)).toBe('Partly supported');
    expect(verdictOfShare(1, 3, 0.75, 0.3333333334)).toBe('Partly supported');
    expect(verdictOfShare(1, 4, 0.75, 0.4)).toBe('Not supported');
  });
});

describe('shareVerdict', () => {
  it('counts neither context lines nor undecided ones, and says how many were not comparable', () => {
    const r = shareVerdict([L('a', 0), L('b', -10), { ...L('c', -10), counted: false }, open('d')], 0.75, 0.4);
    expect([r.verdict, r.reason]).toEqual(['Partly supported', '1 of 2 compared tests pass (50%); 1 not comparable.']);
  });
  it('explains an undecided verdict with or without tests', () => {
    expect(shareVerdict([open('a'), open('b')], 0.75, 0.4)).toEqual({
      verdict: 'Unverifiable', reason: 'None of the 2 tests has a like-for-like measurement of both sides.',
      wouldChange: 'A like-for-like measurement of both sides by one evaluator would let the rule decide.',
    });
    expect(shareVerdict([], 0.75, 0.4).reason).toBe('No test in these categories has a measurement of the claim\'s side.');
  });
});

describe('sensitivityStrip', () => {
  const j = (gap: number, bounded = true, tie = false): Judged => ({ gap, bounded, tie });
  it('re-judges every line at two steps either side: 1 point of the scale, 10 rating points on Elo', () => {
    const lines = [L('pct', -4), L('elo', -25, { gapUnit: 'rating' })];
    const strip = sensitivityStrip(lines, [j(-4), j(-25, false)], test());
    expect(strip.map((s) => [s.minGap, s.minGapElo, s.verdict, s.current])).toEqual([
      [-5, -40, 'Supported', false], [-4, -30, 'Supported', false], [-3, -20, 'Not supported', true], [-2, -10, 'Not supported', false], [-1, 0, 'Not supported', false],
    ]);
  });
  it('keeps a line without a judged pair as it is, and leaves undecided lines out', () => {
    const strip = sensitivityStrip([L('fixed', -10, { pass: true }), open('open'), L('pct', -4)], [undefined, undefined, j(-4)], test());
    expect(strip.map((s) => s.verdict)).toEqual(['Supported', 'Supported', 'Partly supported', 'Partly supported', 'Partly supported']);
  });
  it('has no Elo thresholds when the claim sets none, and honours "strictly ahead"', () => {
    const strip = sensitivityStrip([L('pct', 0)], [j(0)], test({ minGap: 0, minGapElo: undefined, strict: true }));
    expect(strip.map((s) => [s.minGap, s.minGapElo, s.verdict])).toEqual([
      [-2, undefined, 'Supported'], [-1, undefined, 'Supported'], [0, undefined, 'Not supported'], [1, undefined, 'Not supported'], [2, undefined, 'Not supported'],
    ]);
  });
  it('judges a tie as a gap of 0 at every threshold', () => {
    const strip = sensitivityStrip([L('elo', -25, { gapUnit: 'rating', tie: true })], [j(-25, false, true)], test());
    expect(strip.map((s) => s.verdict)).toEqual(['Supported', 'Supported', 'Supported', 'Supported', 'Supported']);
  });
});

describe('wouldChangeScores', () => {
  it('asks for any like-for-like measurement when nothing is decided', () => {
    expect(wouldChangeScores(data, [open('a'), L('no threshold', 5, { threshold: undefined }), L('no gap', 5, { gap: undefined })], 'Unverifiable', test()))
      .toBe('A like-for-like measurement of both sides on any of these tests, by one evaluator, would let the rule decide.');
  });
  it('Not supported: names how many more passing tests Partly needs and the closest failing ones, and the not comparable', () => {
    const lines = [L('far', -10), L('near', -4), L('mid', -5), L('elo', -50, { gapUnit: 'rating' }), L('also far', -12), open('x'), open('y')];
    expect(wouldChangeScores(data, lines, 'Not supported', test())).toBe(
      'Partly supported would need 2 more passing tests of these 5; the closest: Model X would need 1 points more on near; Model X would need 2 points more on mid. ' +
      '2 tests without a like-for-like measurement would count once one evaluator measures both sides under the same stated conditions.');
  });
  it('lists at most three of the closest tests, and says one not comparable test in the singular', () => {
    const lines = [L('p', 0), L('a', -4), L('b', -5), L('c', -6), L('d', -7), L('e', -8), L('f', -9), L('g', -10), open('x')];
    expect(wouldChangeScores(data, lines, 'Partly supported', test({ partly: 0.1 }))).toBe(
      'Supported would need 5 more passing tests of these 8; the closest: Model X would need 1 points more on a; Model X would need 2 points more on b; Model X would need 3 points more on c. ' +
      'Not supported would follow if 1 passing test failed; the narrowest: p (3 points above the threshold). ' +
      '1 test without a like-for-like measurement would count once one evaluator measures both sides under the same stated conditions.');
  });
  it('Supported: names how many passing tests would have to fail and the narrowest margins, ties and Elo included', () => {
    const lines = [L('wide', 10), L('narrow', -2.5), L('elo', -9.6, { gapUnit: 'rating' }), L('tie', -25, { gapUnit: 'rating', tie: true, pass: true })];
    expect(wouldChangeScores(data, lines, 'Supported', test())).toBe(
      'Partly supported would follow if 2 passing tests failed; the narrowest: narrow (0.5 points above the threshold); elo (10 rating points above the threshold).');
    expect(wouldChangeScores(data, lines.slice(0, 3), 'Supported', test())).toBe(
      'Partly supported would follow if 1 passing test failed; the narrowest: narrow (0.5 points above the threshold).');
  });
  it('says a tie needs a lead outside the intervals, "more than" when strictly ahead, and copes with a line without figures', () => {
    const strict = test({ minGap: 0, minGapElo: 0, strict: true });
    const tie: Line = { label: 'arena', pass: false, detail: '', gap: 5, threshold: 0, gapUnit: 'rating', tie: true, evidence: ev };
    expect(wouldChangeScores(data, [tie], 'Not supported', strict)).toBe('Partly supported would need 1 more passing test of these 1; the closest: Model X would need a lead outside the published intervals on arena.');
    const level: Line = { label: 'pct', pass: false, detail: '', gap: -1.25, threshold: 0, gapUnit: 'points', evidence: [] };
    expect(wouldChangeScores(data, [level], 'Not supported', strict)).toBe('Partly supported would need 1 more passing test of these 1; the closest:  would need more than 1.3 points more on pct.');
    const { evidence: _, ...bare } = { ...level, gapUnit: 'rating' as const, gap: -12.4 };
    expect(wouldChangeScores(data, [bare], 'Not supported', strict)).toBe('Partly supported would need 1 more passing test of these 1; the closest:  would need more than 12 rating points more on pct.');
  });
});
