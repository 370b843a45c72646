/**
 * Measurement identity in detail (src/lib/measurements.ts): readable ids, number equality,
 * citation order, fractions and intervals, rows that cannot be attributed, memoisation.
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import { measurementById, measurementsOf, sameNumber, shortHash, variantKey } from '../../src/lib/measurements';
import { smallDataset } from '../support/small-dataset';

const rows = (...rs: Partial<ResultRow>[]) => smallDataset(rs.map((r) => ({ score: 61.1, source: 'zai-card', ...r })), {
  sources: { 'zai-blog': { publisher: 'zhipu-ai', published: '2026-06-16' }, 'aaa-late': { publisher: 'zhipu-ai', published: '2026-09-01' }, 'aaa-undated': { publisher: 'zhipu-ai', published: null } },
});
const ids = (d: ReturnType<typeof rows>) => measurementsOf(d).map((m) => m.id);

describe('ids', () => {
  it('name model, benchmark, variant as a slug, measurer and score', () => {
    expect(ids(rows({ variant: '  Style  Control (v2)! ' }))).toEqual(['model-x--bench-pct--style-control-v2--zhipu-ai--61-1']);
    expect(ids(rows({ score: 0 }))).toEqual(['model-x--bench-pct--zhipu-ai--0']);
    expect(ids(rows({ score: -1.5 }))).toEqual(['model-x--bench-pct--zhipu-ai--minus-1-5']);
  });
  it('tag measurements that would share an id with a hash of their compared settings', () => {
    const d = rows({ settings: { harness: 'A' } }, { settings: { harness: 'B' } });
    expect(ids(d)).toEqual([`model-x--bench-pct--zhipu-ai--61-1--s${shortHash('harness=a')}`, `model-x--bench-pct--zhipu-ai--61-1--s${shortHash('harness=b')}`].sort());
  });
  it('are in id order and found by id', () => {
    const d = rows({ score: 70 }, { score: 50, model: 'model-y' }, { score: 60 });
    expect(ids(d)).toEqual(['model-x--bench-pct--zhipu-ai--60', 'model-x--bench-pct--zhipu-ai--70', 'model-y--bench-pct--zhipu-ai--50']);
    expect(measurementById(d, 'model-x--bench-pct--zhipu-ai--70')?.score).toBe(70);
    expect(measurementById(d, 'nope')).toBeUndefined();
  });
  it('are computed once per dataset', () => {
    const d = rows({});
    expect(measurementsOf(d)).toBe(measurementsOf(d));
  });
});

describe('shortHash and variantKey', () => {
  it('hash with 32-bit FNV-1a, six hex digits, leading zeros kept', () => {
    expect([shortHash(''), shortHash('a'), shortHash('k120')]).toEqual(['811c9d', 'e40c29', '0493fd']);
  });
  it('key a variant by its letters and digits, lowercased', () => {
    expect([variantKey('Style-Control 2'), variantKey(undefined), variantKey('')]).toEqual(['stylecontrol2', '', '']);
  });
});

describe('sameNumber', () => {
  it('allows floating-point noise, relative to the size of the numbers, and nothing more', () => {
    expect(sameNumber(0, 1e-9)).toBe(true);
    expect(sameNumber(0, 2e-9)).toBe(false);
    expect(sameNumber(1000, 1000 + 5e-7)).toBe(true);
    expect(sameNumber(1000, 1000.01)).toBe(false);
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
  });
});

describe('citations', () => {
  it('are ordered first published first, then by source id, then by position, undated last', () => {
    const d = rows({ source: 'aaa-undated' }, { source: 'zai-card-v2' }, { source: 'zai-card', index: 9 }, { source: 'zai-card' }, { source: 'aaa-late' }, { source: 'zai-blog' });
    const [m] = measurementsOf(d);
    expect(m!.citations.map((c) => [c.source, c.index])).toEqual([['zai-blog', 5], ['zai-card', 3], ['zai-card', 9], ['zai-card-v2', 1], ['aaa-late', 4], ['aaa-undated', 0]]);
    expect(m!.firstPublished).toBe('2026-06-16');
  });
  it('an undated measurement has no first publication date', () => {
    expect(measurementsOf(rows({ source: 'aaa-undated' }))[0]!.firstPublished).toBeNull();
  });
  it('take the interval from the first citation that prints one, scaled like the score', () => {
    const u = { minus: 0.012, plus: 0.02, kind: '95% CI' };
    const [m] = measurementsOf(rows({ score: 0.611, scale: 'fraction' }, { source: 'zai-card-v2', score: 0.611, scale: 'fraction', uncertainty: u }));
    expect([m!.score, m!.uncertainty]).toMatchObject([61.1, { minus: 1.2, plus: 2, kind: '95% CI', printed: 'distances' }]);
    expect([m!.uncertainty!.lower, m!.uncertainty!.upper].map((n) => Number(n.toFixed(9)))).toEqual([59.9, 63.1]);
    expect(measurementsOf(rows({ uncertainty: u }))[0]!.uncertainty).toMatchObject(u);
    const b = { lower: 0.6, upper: 0.62, kind: '95% CI' };
    const [mb] = measurementsOf(rows({ score: 0.611, scale: 'fraction', uncertainty: b }));
    expect(mb!.uncertainty).toMatchObject({ lower: 60, upper: 62, kind: '95% CI', printed: 'bounds' });
  });
  it('leave out rows whose source or model is unknown', () => {
    expect(ids(rows({ source: 'no-such-source' }, { model: 'no-such-model' }, {}))).toEqual(['model-x--bench-pct--zhipu-ai--61-1']);
  });
});
