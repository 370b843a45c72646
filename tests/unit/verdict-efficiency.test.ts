/** The efficiency rule (src/lib/verdicts/efficiency.ts): independent output over a published count or blended price. */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import type { ClaimTest } from '../../src/schemas';
import { runTest } from '../../src/lib/verdicts';
import { smallDataset, type Extra } from '../support/small-dataset';

const DATE = '2026-11-29';
type Eff = Extract<ClaimTest, { rule: 'efficiency' }>;
const t = (extra: Partial<Eff> = {}): Eff => ({
  rule: 'efficiency', subject: 'model-x', rivals: { models: ['model-y'] }, benchmark: 'arena-elo', benchmarkRationale: 'r', per: 'active-parameters', ...extra,
}) as Eff;
const arena = (model: string, score: number, extra: Partial<ResultRow> = {}): Partial<ResultRow> => ({ model, benchmark: 'arena-elo', score, source: 'board-snapshot', ...extra });
const active = (value: number | 'undisclosed') => ({ activeParameters: { value, source: 'anthropic-post', locator: 'x' } });
/** Model X (40B active) against rivals ("Rival Y"…) of 50B active, each with the Arena score given. */
const field = (x: number, rivals: Record<string, number>, extra: Extra = {}) => smallDataset(
  [arena('model-x', x), ...Object.entries(rivals).map(([id, s]) => arena(id, s))],
  { ...extra, models: { ...extra.models, ...Object.fromEntries(Object.keys(rivals).map((id) => [id, { ...active(50), name: `Rival ${id.slice(6).toUpperCase()}`, ...extra.models?.[id] }])) } },
);
const run = (d: ReturnType<typeof field>, test = t()) => runTest(d, test, { date: DATE, independentOnly: false });

describe('efficiency verdicts', () => {
  // Model X: 1400 / 40B = 35 per billion; a rival at 1500 / 50B = 30; at 2000 / 50B = 40.
  it('without "unprecedented": Supported beating every rival, Partly beating some, Not supported beating none', () => {
    expect(run(field(1400, { 'model-y': 1500 })).verdict).toBe('Supported');
    expect(run(field(1400, { 'model-y': 1500, 'model-z': 2000 }), t({ rivals: { models: ['model-y', 'model-z'] } })).verdict).toBe('Partly supported');
    expect(run(field(1400, { 'model-y': 2000 })).verdict).toBe('Not supported');
  });
  it('with "unprecedented": Supported only as a record, Not supported if any rival beats it', () => {
    const two = t({ rivals: { models: ['model-y', 'model-z'] }, unprecedented: true });
    expect(run(field(1400, { 'model-y': 1500, 'model-z': 1600 }), two).verdict).toBe('Supported');
    expect(run(field(1400, { 'model-y': 1500, 'model-z': 2000 }), two).verdict).toBe('Not supported');
  });
  it('an equal ratio is not a higher one', () => {
    const o = run(field(1400, { 'model-y': 1750 }));
    expect([o.verdict, o.lines[0]!.pass, o.vendorOnly]).toEqual(['Not supported', false, false]);
  });
  it('names the rivals that beat it, at most three and how many more', () => {
    const ids = ['model-a', 'model-b', 'model-c', 'model-d', 'model-e'];
    const d = field(1400, { 'model-a': 2000, 'model-b': 2000, 'model-c': 2000, 'model-d': 2000, 'model-e': 1000 });
    const o = run(d, t({ rivals: { models: ids } }));
    expect(o.reason).toBe('Model X has the higher ratio against 1 of 5 rivals with both numbers (not against Rival A, Rival B, Rival C and 1 more).');
    const three = run(d, t({ rivals: { models: ['model-a', 'model-b', 'model-c', 'model-e'] } }));
    expect(three.reason).toBe('Model X has the higher ratio against 1 of 4 rivals with both numbers (not against Rival A, Rival B, Rival C).');
    expect(run(field(1400, { 'model-y': 1500 })).reason).toBe('Model X has the higher ratio against 1 of 1 rivals with both numbers.');
  });
  it('never compares the subject with itself', () => {
    expect(run(field(1400, { 'model-y': 1500 }), t({ rivals: { models: ['model-x', 'model-y'] } })).lines.map((l) => l.label)).toEqual(['output per billion parameters vs Rival Y']);
  });
  it('is Unverifiable when no rival has both numbers, and says which are missing', () => {
    const o = run(field(1400, { 'model-y': 1500 }, { models: { 'model-y': active('undisclosed') } }));
    expect([o.verdict, o.reason]).toEqual(['Unverifiable', 'No rival has both an independent Arena measurement and a published active parameters to compare.']);
    const unknown = run(field(1400, { 'model-y': 1500 }), t({ subject: 'model-q' }));
    expect(unknown.lines[0]!.detail).toBe('Not comparable: model-q: no independent Arena measurement.');
  });
});

describe('efficiency inputs', () => {
  it('divides by total parameters when asked, citing the measurement and the facts', () => {
    const d = field(1488, { 'model-y': 1500 }, { models: { 'model-y': { totalParameters: { value: 1000, source: 'anthropic-post', locator: 'x' } } } });
    const o = run(d, t({ per: 'total-parameters' }));
    expect(o.lines[0]).toEqual({
      label: 'output per billion parameters vs Rival Y', pass: true, sources: ['board-snapshot', 'zai-card', 'board-snapshot', 'anthropic-post'],
      detail: 'Model X 2 per billion parameters (1488 Elo on Arena for 744B total parameters) vs Rival Y 1.5 (1500 Elo on Arena for 1000B total parameters).',
    });
    expect(o.rule).toContain('divided by the published total parameters in billions.');
  });
  it('divides by the blended price (3 × input + output) / 4, saying when the only price is later than the date', () => {
    const priced = { prices: [{ input: 2, output: 8, currency: 'USD' as const, asOf: '2026-01-01', source: 'anthropic-post', locator: 'p' }] };
    const o = run(field(1400, { 'model-y': 1500 }, { models: { 'model-y': priced } }), t({ per: 'blended-price' }));
    // Model X: (3 × 1 + 3.2) / 4 = 1.55 USD; Model Y: (3 × 2 + 8) / 4 = 3.5 USD.
    expect(o.lines[0]!.detail).toBe('Model X 903.23 per dollar (1400 Elo on Arena for $1.55 blended per million tokens) vs Rival Y 428.57 (1500 Elo on Arena for $3.5 blended per million tokens).');
    expect(o.lines[0]!.label).toBe('output per dollar vs Rival Y');
    expect(o.rule).toContain('divided by the blended list price, (3 × input + output) / 4 USD per million tokens.');
    const early = runTest(field(1400, { 'model-y': 1500 }, { models: { 'model-y': priced } }), t({ per: 'blended-price' }), { date: '2026-07-01', independentOnly: false });
    expect(early.lines[0]!.detail).toContain('for $1.55 blended per million tokens; the first price on record is from 2026-11-29, after the date)');
  });
  it('lists a rival without a USD price as not comparable', () => {
    expect(run(field(1400, { 'model-y': 1500 }), t({ per: 'blended-price' })).lines[0]!.detail).toBe('Not comparable: Rival Y: no published USD list price.');
  });
});

describe('efficiency outputs', () => {
  const later = { sources: { 'board-later': { published: '2026-08-01' } } };
  it('uses the latest independent measurement of the benchmark itself, no variant, not another benchmark', () => {
    // 1600 (published later) sorts after 1400 by id: the date decides.
    const d = smallDataset([
      arena('model-x', 1400), arena('model-x', 1600, { source: 'board-later' }), arena('model-x', 9000, { source: 'board-later', variant: 'style control' }),
      arena('model-x', 9000, { source: 'board-later', benchmark: 'bench-pct' }), arena('model-y', 1500),
    ], { ...later, models: { 'model-y': active(50) } });
    expect(run(d).lines[0]!.detail).toContain('Model X 40 per billion parameters (1600 Elo on Arena');
    const reverse = smallDataset([arena('model-x', 1600), arena('model-x', 1400, { source: 'board-later' }), arena('model-y', 1500)], { ...later, models: { 'model-y': active(50) } });
    expect(run(reverse).lines[0]!.detail).toContain('Model X 35 per billion parameters (1400 Elo on Arena');
  });
  it('uses the newest version of the benchmark the subject was measured on, not another test of the category', () => {
    const d = smallDataset([
      arena('model-x', 1600, { source: 'board-later' }), arena('model-y', 1500, { source: 'board-later' }),
      arena('model-x', 1400, { benchmark: 'arena-a' }), arena('model-y', 1500, { benchmark: 'arena-a' }),
      arena('model-x', 100, { benchmark: 'other', source: 'board-later' }), arena('model-y', 9000, { benchmark: 'other', source: 'board-later' }),
    ], { ...later, models: { 'model-y': active(50) }, benchmarks: { 'arena-a': { version: '2' }, other: { name: 'Other Board' } } });
    // Arena (unversioned) has the subject's newest measurement; Arena 2 (id arena-a) sorts first by version and by id.
    expect(run(d).lines[0]!.detail).toContain('(1600 Elo on Arena for 40B');
    expect(run(d, t({ benchmark: 'arena-a' })).lines[0]!.detail).toContain('(1600 Elo on Arena for 40B');
    expect(run(d, t({ benchmark: 'other' })).lines[0]!.detail).toContain('(100 Elo on Other Board');
  });
  it('between versions measured on the same day, takes the first by id (not the newest version)', () => {
    const d = smallDataset([
      arena('model-x', 1400, { benchmark: 'arena-b' }), arena('model-y', 1500, { benchmark: 'arena-b' }),
      arena('model-x', 1600, { benchmark: 'arena-a' }), arena('model-y', 1500, { benchmark: 'arena-a' }),
    ], { models: { 'model-y': active(50) }, benchmarks: { 'arena-a': { version: '2' }, 'arena-b': { version: '3' } } });
    expect(run(d).lines[0]!.detail).toContain('(1600 Elo on Arena for 40B');
  });
  it('falls back to the benchmark the test names when it is not in the data', () => {
    const o = run(field(1400, { 'model-y': 1500 }), t({ benchmark: 'no-such-bench' }));
    expect(o.lines[0]!.detail).toBe('Not comparable: Model X: no independent no-such-bench measurement.');
    expect(o.reason).toContain('independent no-such-bench measurement');
    expect(o.rule).toMatch(/^Efficiency is no-such-bench \(/);
  });
});
