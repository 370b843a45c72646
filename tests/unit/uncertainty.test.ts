/**
 * Uncertainty as printed (src/schemas/uncertainty.ts, src/lib/measurements.ts): a row records
 * its interval as bounds or as distances, one form; code derives the other; the validator
 * refuses an interval that does not contain its score, with a message saying what to check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eeeRecord } from '../../src/lib/eee/record';
import { formatUncertainty } from '../../src/lib/format';
import { decimalSum, intervalAround, measurementsOf, scaledUncertainty } from '../../src/lib/measurements';
import { intervalsOverlap } from '../../src/lib/verdicts/judge';
import { resultSchema } from '../../src/schemas';
import { validateCase } from '../support/fixtures';

const base = { model: 'model-x', benchmark: 'bench-pct', score: 3.5, locator: 'table row 1' };
const messages = (u: unknown, score = 3.5) => {
  const r = resultSchema.safeParse({ ...base, score, uncertainty: u });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });
const nonneg = fc.double({ min: 0, max: 1e3, noNaN: true, noDefaultInfinity: true });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('an interval as printed', () => {
  it('is accepted as bounds or as distances', () => {
    expect(messages({ lower: 3.4, upper: 3.6, kind: '95% CI' })).toEqual([]);
    expect(messages({ minus: 0.1, plus: 0.2, kind: '± as printed (statistic not stated)' })).toEqual([]);
  });
  it('is refused in both forms at once, with the fix', () => {
    expect(messages({ lower: 3.4, upper: 3.6, minus: 0.1, kind: '95% CI' })).toEqual([
      'uncertainty: write the interval in one form, as the source prints it: either {"lower", "upper", "kind"} (the bounds as printed) or {"minus", "plus", "kind"} (distances from the score as printed), not both (the other form is derived)',
    ]);
  });
  it('is refused when its bounds do not contain the score, or are swapped', () => {
    expect(messages({ lower: 3.6, upper: 3.8, kind: '95% CI' })).toEqual([
      'uncertainty: the score 3.5 lies outside its interval 3.6 to 3.8: lower ≤ score ≤ upper must hold; check the score and both bounds against the source (distances from the score go in "minus" and "plus")',
    ]);
    expect(messages({ lower: 3.6, upper: 3.4, kind: '95% CI' })).toEqual([
      'uncertainty: the lower bound 3.6 is above the upper bound 3.4: swap them, or check them against the source',
    ]);
  });
  it('names a missing or mistyped field, an unknown field, a negative distance and a missing kind', () => {
    expect(messages({ lower: 3.4, kind: '95% CI' })).toEqual(['uncertainty: upper: expected the upper bound as a number exactly as printed, got nothing']);
    expect(messages({ lower: '3.4', upper: 3.6, kind: '95% CI' })).toEqual(['uncertainty: lower: expected the lower bound as a number exactly as printed, got "3.4"']);
    expect(messages({ minus: 1, plus: 1, kind: 'x', sd: 1 })[0]).toMatch(/^uncertainty: unknown field "sd" in uncertainty: write either/);
    expect(messages({ minus: -1, plus: 1, kind: '±' })[0]).toMatch(/^uncertainty\.minus: a distance cannot be negative/);
    expect(messages({ minus: 1, plus: 1 })[0]).toMatch(/^uncertainty: kind: expected the kind of interval/);
    expect(messages('±1')[0]).toMatch(/^uncertainty: expected either \{"lower", "upper", "kind"\}/);
  });
  it('for any score, bounds that contain it are accepted and bounds that miss it are refused', () => {
    fc.assert(
      fc.property(finite, nonneg, nonneg, nonneg, (score, below, above, miss) => {
        expect(messages({ lower: score - below, upper: score + above, kind: 'CI' }, score)).toEqual([]);
        if (miss > 1e-6 * Math.max(1, Math.abs(score))) {
          const lower = score + miss;
          expect(messages({ lower, upper: lower + above, kind: 'CI' }, score)[0]).toMatch(/lies outside its interval/);
        }
      }),
    );
  });
});

describe('both forms, derived in measurements.ts', () => {
  it('round-trip: bounds → distances → bounds, and distances → bounds → distances', () => {
    fc.assert(
      fc.property(finite, nonneg, nonneg, (score, below, above) => {
        const b = intervalAround(score, { lower: score - below, upper: score + above, kind: 'CI' });
        expect(b.printed).toBe('bounds');
        expect([b.lower, b.upper]).toEqual([score - below, score + above]); // the printed form is kept exactly
        const back = intervalAround(score, { minus: b.minus, plus: b.plus, kind: 'CI' });
        expect(close(back.lower, b.lower) && close(back.upper, b.upper)).toBe(true);
        const d = intervalAround(score, { minus: below, plus: above, kind: 'CI' });
        expect([d.minus, d.plus, d.printed]).toEqual([below, above, 'distances']);
        const again = intervalAround(score, { lower: d.lower, upper: d.upper, kind: 'CI' });
        expect(close(again.minus, below) && close(again.plus, above)).toBe(true);
      }),
    );
  });
  it('are derived in decimal, on the printed digits: no floating-point noise, and never far from the binary result', () => {
    expect(intervalAround(3.5, { lower: 3.4, upper: 3.6, kind: '95% CI' })).toMatchObject({ minus: 0.1, plus: 0.1 });
    expect(intervalAround(1425.3623638595739, { lower: 1421.4415078209886, upper: 1429.2832198981594, kind: 'CI' }).minus).toBe(3.9208560385853);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (x, y, d) => {
        const p = 10 ** d;
        expect(decimalSum(x / p, y / p, 1)).toBe(Number(((x + y) / p).toFixed(d)));
        expect(decimalSum(x / p, y / p, -1)).toBe(Number(((x - y) / p).toFixed(d)));
      }),
    );
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        expect(close(decimalSum(a, b, 1), a + b) || Math.abs(decimalSum(a, b, 1) - (a + b)) < 1e-9).toBe(true);
      }),
    );
  });
  it('scales a "fraction" row\'s bounds like its score', () => {
    expect(scaledUncertainty({ score: 0.611, scale: 'fraction', uncertainty: { lower: 0.6, upper: 0.62, kind: '95% CI' } })).toMatchObject({ lower: 60, upper: 62, printed: 'bounds' });
  });
  it('are printed in the form the source printed', () => {
    expect(formatUncertainty(intervalAround(3.5, { lower: 3.4, upper: 3.6, kind: '95% CI' }), 'points')).toBe('3.4 to 3.6 (95% CI)');
    expect(formatUncertainty(intervalAround(-0.2, { lower: -0.4, upper: 0, kind: '95% CI' }), 'points')).toBe('−0.4 to 0 (95% CI)');
    expect(formatUncertainty(intervalAround(1418, { minus: 11, plus: 11, kind: '±' }), 'Elo')).toBe('±11 (±)');
  });
  it('meet in the tie rule by their bounds, whichever form was printed', () => {
    const a = { uncertainty: intervalAround(1470, { lower: 1462.5, upper: 1477.3, kind: 'CI' }) };
    const b = { uncertainty: intervalAround(1473, { minus: 4.8, plus: 5.3, kind: 'CI' }) };
    const c = { uncertainty: intervalAround(1500, { lower: 1490, upper: 1510, kind: 'CI' }) };
    expect(intervalsOverlap(a, b)).toBe(true);
    expect(intervalsOverlap(a, c)).toBe(false);
  });
  it('reach the EEE record as a confidence interval, with a level only when the kind states one', () => {
    const data = validateCase().dataset;
    const m = measurementsOf(data).find((x) => x.uncertainty)!;
    const at = (u: Parameters<typeof intervalAround>[1]) =>
      eeeRecord(data, { ...m, uncertainty: intervalAround(m.score, u) }).evaluation_results[0]!.score_details;
    expect(at({ lower: m.score - 1, upper: m.score + 2, kind: '95% CI' })).toMatchObject({
      uncertainty: { confidence_interval: { lower: m.score - 1, upper: m.score + 2, confidence_level: 0.95 } },
      details: { uncertainty_printed: 'bounds', uncertainty_kind: '95% CI' },
    });
    const unnamed = at({ lower: m.score - 1, upper: m.score + 2, kind: 'interval as printed' });
    expect(unnamed.uncertainty).toEqual({ confidence_interval: { lower: m.score - 1, upper: m.score + 2, method: 'not stated by the source (published as: interval as printed)' } });
    expect(at({ minus: 0.5, plus: 0.5, kind: 'standard error' }).uncertainty).toEqual({ standard_error: { value: 0.5 } });
  });
});
