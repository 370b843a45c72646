/**
 * The score-comparison rule (src/lib/verdicts/score-comparison.ts) on small datasets: which
 * measurer decides a test, the best figure on each side, gaps on bounded, unbounded and
 * lower-is-better scales, one vote per test, and the rule's own text.
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import type { ClaimTest } from '../../src/schemas';
import { runTest } from '../../src/lib/verdicts';
import type { ComparisonContext } from '../../src/lib/verdicts/score-comparison';
import { smallDataset, type Extra } from '../support/small-dataset';

type Compare = Extract<ClaimTest, { rule: 'score-comparison' }>;
const compare = (extra: Partial<Compare> = {}): Compare => ({
  rule: 'score-comparison', subject: { models: ['model-x'] }, rivals: { origin: 'west' },
  benchmarks: { categories: ['agentic-coding'], reason: 'one test' },
  minGap: -3, minGapRationale: 'r.', minGapElo: -20, minGapEloRationale: 'e.', supported: 0.75, partly: 0.4, shareRationale: 's', ...extra,
});
const ctx = (extra: Partial<ComparisonContext> = {}): ComparisonContext => ({ date: '2026-11-29', independentOnly: false, ...extra });
const row = (model: string, score: number, extra: Partial<ResultRow> = {}): Partial<ResultRow> => ({ model, score, source: 'board-snapshot', ...extra });
const run = (rows: Partial<ResultRow>[], extra: Extra = {}, test = compare(), c = ctx()) => runTest(smallDataset(rows, extra), test, c);
const line0 = (o: ReturnType<typeof run>) => o.lines[0]!;

/** Two more independent evaluators, and documents they published. */
const evaluators: Extra = {
  organizations: { 'zeta-board': { name: 'Zeta Board' }, 'alpha-board': { name: 'Alpha Board' } },
  sources: {
    'zeta-jul': { publisher: 'zeta-board', published: '2026-07-01' }, 'zeta-sep': { publisher: 'zeta-board', published: '2026-09-01' },
    'alpha-aug': { publisher: 'alpha-board', published: '2026-08-01' },
  },
};

describe('the measurer that decides a test', () => {
  it('among independent evaluators, the one with the newest measurement of the claim\'s side', () => {
    const o = run([
      row('model-x', 50, { source: 'zeta-sep' }), row('model-x', 60, { source: 'zeta-jul' }), row('model-y', 55, { source: 'zeta-jul' }),
      row('model-x', 90, { source: 'alpha-aug' }), row('model-y', 10, { source: 'alpha-aug' }),
    ], evaluators);
    expect([line0(o).measurer, line0(o).gap]).toEqual(['zeta-board', 5]);
  });
  it('between evaluators measured on the same day, the first by id', () => {
    const o = run([
      row('model-x', 50, { source: 'zeta-jul' }), row('model-y', 55, { source: 'zeta-jul' }),
      row('model-x', 90, { source: 'alpha-aug' }), row('model-y', 10, { source: 'alpha-aug' }),
    ], { ...evaluators, sources: { ...evaluators.sources, 'alpha-aug': { publisher: 'alpha-board', published: '2026-07-01' } } });
    expect(line0(o).measurer).toBe('alpha-board');
  });
  it('an independent evaluator before a vendor even when the vendor is newer, and only one that measured a rival', () => {
    const o = run([
      row('model-x', 50), row('model-y', 60), row('model-x', 99, { source: 'zai-card-v2' }), row('model-y', 1, { source: 'zai-card-v2' }),
      row('model-x', 99, { source: 'alpha-aug' }),
    ], evaluators);
    expect([line0(o).measurer, line0(o).independent, line0(o).gap]).toEqual(['board', true, -10]);
  });
  it('compares with the rival as measured by that measurer, never another measurer\'s figure', () => {
    const o = run([row('model-x', 50), row('model-y', 52), row('model-y', 99, { source: 'zai-card-v2' })]);
    expect(line0(o).evidence!.map((e) => e.score)).toEqual([50, 52]);
  });
  it('on independent figures alone, a vendor table is not used', () => {
    const o = run([row('model-x', 50, { source: 'zai-card-v2' }), row('model-y', 60, { source: 'zai-card-v2' })], {}, compare(), ctx({ independentOnly: true }));
    expect([o.verdict, line0(o).detail, o.vendorOnly]).toEqual(['Unverifiable', 'Not comparable: no independent measurer measured both Model X and a rival on it.', false]);
    expect([line0(o).counted, o.reason]).toEqual([true, 'None of the 1 tests has a like-for-like measurement of both sides.']);
  });
  it('never counts the subject as its own rival', () => {
    const o = run([row('model-x', 70), row('model-y', 60)], {}, compare({ rivals: { models: ['model-x', 'model-y'] } }));
    expect(line0(o).evidence!.map((e) => e.model)).toEqual(['model-x', 'model-y']);
  });
});

describe('gaps and lines', () => {
  it('pins a judged line: label, chart, gap in points of the scale, threshold, measurer, evidence', () => {
    const l = line0(run([row('model-x', 60), row('model-y', 60)]));
    expect(l).toMatchObject({
      label: 'Bench Percent 2.0', chart: { benchmark: 'bench-pct', variant: undefined }, pass: true, counted: true, gap: 0, gapUnit: 'points', threshold: -3,
      tie: false, measurer: 'board', independent: true, alongside: [],
      detail: 'Model X 60% vs Model Y 60%, both measured by An Independent Board (independent): 0 percentage points ahead (needs at least −3).',
    });
    expect(l.evidence!.map((e) => [e.model, e.score])).toEqual([['model-x', 60], ['model-y', 60]]);
  });
  it('says behind, names a vendor measurer without "(independent)", and "more than" when strictly ahead', () => {
    const l = line0(run([row('model-x', 59, { source: 'zai-card-v2' }), row('model-y', 60, { source: 'zai-card-v2' })], {}, compare({ minGap: 0.5, strict: true })));
    expect([l.pass, l.detail]).toEqual([false, 'Model X 59% vs Model Y 60%, both measured by Zhipu AI: 1 percentage points behind (needs more than +0.5).']);
  });
  it('scales the gap to the range of a bounded scale that does not start at 0', () => {
    const o = run([row('model-x', 20, { benchmark: 'wide' }), row('model-y', 30, { benchmark: 'wide' })], { benchmarks: { wide: { name: 'Wide', version: null, category: 'agentic-coding', unit: 'points', range: { min: -100, max: 100 } } } });
    expect([line0(o).gap, line0(o).gapUnit, line0(o).threshold, line0(o).pass]).toEqual([-5, 'points', -3, false]);
  });
  it('judges a scale open at one end in rating points against the Elo threshold', () => {
    const half = { name: 'Half', version: null, category: 'agentic-coding' as const, unit: 'points' as const, range: { min: 0, max: null } };
    const o = run([row('model-x', 20, { benchmark: 'half' }), row('model-y', 30, { benchmark: 'half' })], { benchmarks: { half } });
    expect([line0(o).gap, line0(o).gapUnit, line0(o).threshold, line0(o).pass]).toEqual([-10, 'rating', -20, true]);
    const up = { ...half, range: { min: null, max: 100 } };
    expect(line0(run([row('model-x', 20, { benchmark: 'half' }), row('model-y', 30, { benchmark: 'half' })], { benchmarks: { half: up } })).gapUnit).toBe('rating');
  });
  it('on a lower-is-better scale, the lowest figure is the best and a lower score is ahead', () => {
    const lower = { benchmarks: { err: { name: 'Error rate', version: null, category: 'agentic-coding' as const, unit: '%' as const, range: { min: 0, max: 100 }, higherIsBetter: false } } };
    const o = run([row('model-x', 10, { benchmark: 'err' }), row('model-x', 30, { benchmark: 'err', settings: { harness: 'a' } }), row('model-y', 12, { benchmark: 'err' }), row('model-y', 40, { benchmark: 'err', settings: { notes: 'n' } })], lower);
    expect([line0(o).gap, line0(o).evidence!.map((e) => e.score), line0(o).detail]).toEqual([2, [10, 12], expect.stringContaining(': 2 percentage points ahead')]);
  });
  it('leaves a scale without a threshold uncounted, and says so', () => {
    const o = run([row('model-x', 1400, { benchmark: 'arena-elo' }), row('model-y', 1450, { benchmark: 'arena-elo' })], {}, compare({ benchmarks: { categories: ['human-preference'], reason: 'r' }, minGapElo: undefined, minGapEloRationale: undefined }));
    expect([line0(o).pass, 'threshold' in line0(o), o.verdict]).toEqual([null, false, 'Unverifiable']);
    expect(line0(o).detail).toMatch(/50 Elo points behind \(no threshold is set for this scale, so it is not counted\)\.$/);
  });
  it('compares each variant on its own figures', () => {
    const o = run([
      row('model-x', 1400, { benchmark: 'arena-elo' }), row('model-y', 1430, { benchmark: 'arena-elo' }),
      row('model-x', 1500, { benchmark: 'arena-elo', variant: 'style control' }), row('model-y', 1400, { benchmark: 'arena-elo', variant: 'style control' }),
    ], {}, compare({ benchmarks: { categories: ['human-preference'], reason: 'r' } }));
    expect(o.lines.map((l) => [l.label, l.gap, l.chart?.variant])).toEqual([['Arena', -30, undefined], ['Arena (style control)', 100, 'style control']]);
  });
});

describe('one vote per test', () => {
  const versions: Extra = { benchmarks: { 'bench-new': { name: 'Bench Percent', version: '3.0', category: 'agentic-coding', unit: '%', range: { min: 0, max: 100 } } } };
  it('a judged version decides over a newer one that is not comparable', () => {
    const o = run([row('model-x', 50, { benchmark: 'bench-new' }), row('model-x', 50), row('model-y', 60)], versions);
    expect(o.lines.map((l) => [l.label, l.counted, l.pass])).toEqual([['Bench Percent 2.0', true, false], ['Bench Percent 3.0', false, null]]);
    expect(o.lines[1]!.detail).toBe('Not comparable: no measurer measured both Model X and a rival on it. Not counted: one vote per test, and Bench Percent 2.0 decides Bench Percent.');
  });
  it('an independent figure decides over a vendor\'s on a newer version; else the newest version decides', () => {
    const mixed = run([row('model-x', 50, { benchmark: 'bench-new', source: 'zai-card-v2' }), row('model-y', 40, { benchmark: 'bench-new', source: 'zai-card-v2' }), row('model-x', 50), row('model-y', 60)], versions);
    expect(mixed.lines.map((l) => [l.label, l.counted])).toEqual([['Bench Percent 2.0', true], ['Bench Percent 3.0', false]]);
    const both = run([row('model-x', 50), row('model-y', 60), row('model-x', 50, { benchmark: 'bench-new' }), row('model-y', 40, { benchmark: 'bench-new' })], versions);
    expect(both.lines.map((l) => [l.label, l.counted, l.pass])).toEqual([['Bench Percent 3.0', true, true], ['Bench Percent 2.0', false, false]]);
    expect([both.verdict, both.reason]).toEqual(['Supported', '1 of 1 compared tests pass (100%).']);
  });
  it('a vendor\'s judged figure on an older version decides over a newer version that is not comparable', () => {
    const o = run([row('model-x', 50, { benchmark: 'bench-new' }), row('model-x', 50, { source: 'zai-card-v2' }), row('model-y', 60, { source: 'zai-card-v2' })], versions);
    expect(o.lines.map((l) => [l.label, l.counted, l.pass])).toEqual([['Bench Percent 2.0', true, false], ['Bench Percent 3.0', false, null]]);
  });
  it('between two lines that cannot be judged, the newest version leads, whether or not its measurer measured both', () => {
    const a = run([row('model-x', 50, { benchmark: 'bench-new' }), row('model-x', 50, { settings: { harness: 'a' } }), row('model-y', 60, { settings: { harness: 'b' } })], versions);
    expect(a.lines.map((l) => l.label)).toEqual(['Bench Percent 3.0', 'Bench Percent 2.0']);
    const b = run([row('model-x', 50, { benchmark: 'bench-new', settings: { harness: 'a' } }), row('model-y', 60, { benchmark: 'bench-new', settings: { harness: 'b' } }), row('model-x', 50)], versions);
    expect(b.lines.map((l) => l.label)).toEqual(['Bench Percent 3.0', 'Bench Percent 2.0']);
    expect([b.verdict, b.reason, b.vendorOnly]).toEqual(['Unverifiable', 'None of the 1 tests has a like-for-like measurement of both sides.', false]);
  });
  it('judges each counted line at its own thresholds in the strip, even after a test with a context line', () => {
    const o = run([
      row('model-x', 1400, { benchmark: 'arena-elo' }), row('model-y', 1425, { benchmark: 'arena-elo' }),
      row('model-x', 1400, { benchmark: 'arena-elo', variant: 'style control' }), row('model-y', 1400, { benchmark: 'arena-elo', variant: 'style control' }),
      row('model-x', 50), row('model-y', 53.5),
    ], {}, compare({ benchmarks: { categories: ['agentic-coding', 'human-preference'], reason: 'r' } }));
    expect(o.lines.map((l) => [l.label, l.counted, l.pass])).toEqual([['Arena', true, false], ['Arena (style control)', false, true], ['Bench Percent 2.0', true, false]]);
    expect(o.sensitivity!.map((s) => s.verdict)).toEqual(['Supported', 'Supported', 'Not supported', 'Not supported', 'Not supported']);
  });
  it('keeps the strip and "what would change" on the counted lines only', () => {
    const o = run([
      row('model-x', 50, { benchmark: 'bench-new' }), row('model-y', 54, { benchmark: 'bench-new' }), row('model-x', 50), row('model-y', 51),
      row('model-x', 1400, { benchmark: 'arena-elo' }), row('model-y', 1435, { benchmark: 'arena-elo' }),
    ], versions, compare({ benchmarks: { categories: ['agentic-coding', 'human-preference'], reason: 'r' } }));
    expect(o.lines.map((l) => [l.label, l.counted, l.pass])).toEqual([['Arena', true, false], ['Bench Percent 3.0', true, false], ['Bench Percent 2.0', false, true]]);
    expect(o.sensitivity!.map((s) => s.verdict)).toEqual(['Supported', 'Partly supported', 'Not supported', 'Not supported', 'Not supported']);
    expect(o.wouldChange).toMatch(/^Partly supported would need 1 more passing test of these 2;/);
  });
});

describe('vendor-only and the rule\'s text', () => {
  it('is vendor-only when every decided line is a vendor\'s, not when one is independent', () => {
    expect(run([row('model-x', 50, { source: 'zai-card-v2' }), row('model-y', 60, { source: 'zai-card-v2' })]).vendorOnly).toBe(true);
    const mixed = run([row('model-x', 50, { source: 'zai-card-v2' }), row('model-y', 60, { source: 'zai-card-v2' }), row('model-x', 1400, { benchmark: 'arena-elo' }), row('model-y', 1410, { benchmark: 'arena-elo' })],
      {}, compare({ benchmarks: { categories: ['agentic-coding', 'human-preference'], reason: 'r' } }));
    expect(mixed.vendorOnly).toBe(false);
  });
  it('states the categories, thresholds with reasons, shares and the evidence date', () => {
    const o = run([row('model-x', 50), row('model-y', 60)], {}, compare(), ctx({ cutoff: '2026-07-16' }));
    expect(o.rule).toMatch(/^Tests: every benchmark in the categories agentic-coding \(one test\); /);
    expect(o.rule).toContain('A test passes when the gap is at least −3 percentage points of the scale (−20 rating points on Elo scales): r. On Elo: e. Overlapping');
    expect(o.rule).toContain('Supported when at least 75% of the compared tests pass; partly supported from 40% (s).');
    expect(o.rule).not.toContain('Today:');
    expect(o.rule).not.toContain('Only independent');
    expect(o.asOf).toEqual({ date: '2026-11-29', cutoff: '2026-07-16' });
  });
  it('without an Elo threshold, strictly, today, on independent figures only', () => {
    const o = run([row('model-x', 50), row('model-y', 60)], {}, compare({ minGap: 0, strict: true, minGapElo: undefined, minGapEloRationale: undefined, independentOnly: true }));
    expect(o.rule).toContain('A test passes when the gap is more than 0 percentage points of the scale: r. Overlapping');
    expect(o.rule).toContain('Today: every measurement in the latest snapshot of each document. Only independent evaluators\' measurements count.');
    expect(run([row('model-x', 50), row('model-y', 60)], {}, compare(), ctx({ independentOnly: true })).rule).toMatch(/Only independent evaluators' measurements count\.$/);
    expect(o.asOf).toEqual({ date: '2026-11-29', cutoff: undefined });
  });
});
