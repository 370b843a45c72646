/**
 * The verdict engine on small datasets: every rule, and every verdict each rule can give.
 * The datasets start from the valid fixture (Model X by a Chinese developer, Model Y by a
 * Western one) and change one thing at a time.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import type { ClaimTest, Model } from '../../src/schemas';
import { judgeClaim, runTest } from '../../src/lib/verdicts';
import { validateCase } from '../support/fixtures';

const base = validateCase().dataset;
const DATE = '2026-11-29';

/** The fixture with its results replaced and models patched. */
function dataset(results: Partial<ResultRow>[], models: Record<string, Partial<Model>> = {}): Dataset {
  const m = new Map(base.models);
  for (const [id, patch] of Object.entries(models)) m.set(id, { ...m.get(id)!, ...patch });
  return {
    ...base,
    models: m,
    results: results.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', score: 0, settings: {}, locator: 't', source: 'zai-card', index, ...r })),
  };
}

const compare = (extra: Partial<Extract<ClaimTest, { rule: 'score-comparison' }>> = {}): ClaimTest => ({
  rule: 'score-comparison', subject: { models: ['model-x'] }, rivals: { origin: 'west' },
  benchmarks: [{ benchmark: 'bench-pct' }, { benchmark: 'arena-elo', variant: 'style control' }],
  minGap: -3, minGapElo: -20, supported: 0.75, partly: 0.4, ...extra,
});

describe('score-comparison', () => {
  const both = (x: number, y: number, ex: number, ey: number, source = 'board-snapshot') => dataset([
    { model: 'model-x', score: x, source }, { model: 'model-y', score: y, source },
    { model: 'model-x', benchmark: 'arena-elo', variant: 'style control', score: ex, source }, { model: 'model-y', benchmark: 'arena-elo', variant: 'style control', score: ey, source },
  ]);

  it('is Supported when every benchmark is within the margin', () => {
    const o = runTest(both(60, 62, 1450, 1460), compare(), DATE);
    expect([o.verdict, o.reason, o.vendorOnly]).toEqual(['Supported', '2 of 2 compared benchmarks pass (100%).', false]);
  });
  it('is Partly supported when some pass', () => {
    expect(runTest(both(60, 62, 1400, 1460), compare(), DATE).verdict).toBe('Partly supported');
  });
  it('is Not supported when none pass', () => {
    expect(runTest(both(50, 62, 1400, 1460), compare(), DATE).verdict).toBe('Not supported');
  });
  it('is Unverifiable when no source lists both sides', () => {
    const d = dataset([{ model: 'model-x', score: 60, source: 'zai-card' }, { model: 'model-y', score: 62, source: 'anthropic-post' }]);
    const o = runTest(d, compare(), DATE);
    expect(o.verdict).toBe('Unverifiable');
    expect(o.lines[0]!.detail).toMatch(/No source lists both sides/);
  });
  it('says when it rests on vendor figures only', () => {
    const d = dataset([{ model: 'model-x', score: 60, source: 'zai-card' }, { model: 'model-y', score: 61, source: 'zai-card' }]);
    const o = runTest(d, compare(), DATE);
    expect(o.vendorOnly).toBe(true);
    expect(o.lines[0]!.evidence!.map((e) => e.provenance)).toEqual(['self-reported', 'rival-reported']);
  });
  it('prefers an independent source to a vendor table', () => {
    const d = dataset([
      { model: 'model-x', score: 70, source: 'zai-card' }, { model: 'model-y', score: 60, source: 'zai-card' },
      { model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' },
    ]);
    expect(runTest(d, compare({ benchmarks: [{ benchmark: 'bench-pct' }] }), DATE).lines[0]!.evidence![0]!.row.source).toBe('board-snapshot');
  });
  it('compares like with like inside a source: same harness before a better-scoring other harness', () => {
    const d = dataset([
      { model: 'model-x', score: 70, settings: { harness: 'Claude Code' } }, { model: 'model-x', score: 61, settings: { harness: 'Terminus-2' } },
      { model: 'model-y', score: 65, settings: { harness: 'Terminus-2' } },
    ]);
    const line = runTest(d, compare({ benchmarks: [{ benchmark: 'bench-pct' }] }), DATE).lines[0]!;
    expect(line.evidence!.map((e) => e.score)).toEqual([61, 65]);
    expect(line.pass).toBe(false);
  });
  it('honours "strictly ahead" for overtaking', () => {
    const level = dataset([{ model: 'model-x', score: 60, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' }]);
    const t = compare({ benchmarks: [{ benchmark: 'bench-pct' }], minGap: 0, strict: true });
    expect(runTest(level, t, DATE).verdict).toBe('Not supported');
  });
  it('leaves out rivals released after the comparison date', () => {
    const d = dataset([{ model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 90, source: 'board-snapshot' }]);
    const t = compare({ benchmarks: [{ benchmark: 'bench-pct' }] });
    expect(runTest(d, t, '2026-04-30').verdict).toBe('Unverifiable');
    expect(runTest(d, t, DATE).verdict).toBe('Not supported');
  });
});

describe('parameters', () => {
  const t: ClaimTest = { rule: 'parameters', subject: 'model-x', rivals: { models: ['model-y'] }, counts: ['total', 'active'], factor: 1.5 };
  const sized = (total: number | 'undisclosed', active: number | 'undisclosed') =>
    dataset([], { 'model-y': { totalParameters: { value: total, source: 'anthropic-post', locator: 'x' }, activeParameters: { value: active, source: 'anthropic-post', locator: 'x' } } });
  it('is Unverifiable when the rival does not disclose', () => expect(runTest(base, t, DATE).verdict).toBe('Unverifiable'));
  it('is Supported when the rival is at least 1.5× larger on both counts', () => expect(runTest(sized(2000, 100), t, DATE).verdict).toBe('Supported'));
  it('is Not supported when the rival is smaller', () => expect(runTest(sized(400, 17), t, DATE).verdict).toBe('Not supported'));
  it('is Partly supported when only some counts are disclosed and they agree', () => expect(runTest(sized(2000, 'undisclosed'), t, DATE).verdict).toBe('Partly supported'));
});

describe('price, open weights, release order, mixture of experts, not recorded', () => {
  it('price: Supported when cheaper than every rival with a price, Unverifiable without one', () => {
    const t: ClaimTest = { rule: 'price', subject: 'model-x', rivals: { models: ['model-y'] }, currency: 'USD' };
    expect(runTest(base, t, DATE).verdict).toBe('Unverifiable');
    const priced = (input: number, output: number) => dataset([], { 'model-y': { prices: [{ input, output, currency: 'USD', asOf: '2026-06-01', source: 'anthropic-post', locator: 'p' }] } });
    expect(runTest(priced(5, 25), t, DATE).verdict).toBe('Supported');
    expect(runTest(priced(0.5, 2), t, DATE).verdict).toBe('Not supported');
  });
  it('open weights: Supported against closed rivals, Not supported against open ones', () => {
    const t: ClaimTest = { rule: 'open-weights', subject: 'model-x', rivals: { models: ['model-y'] } };
    expect(runTest(base, t, DATE).verdict).toBe('Supported');
    expect(runTest(dataset([], { 'model-y': { openWeights: { value: true, source: 'anthropic-post', locator: 'x' } } }), t, DATE).verdict).toBe('Not supported');
  });
  it('release order: an "anticipated" model already released is Not supported', () => {
    const o = runTest(base, { rule: 'released-after', model: 'model-y', reference: 'model-x' }, DATE);
    expect([o.verdict, o.reason]).toEqual(['Not supported', 'Model Y was released on 2026-05-01, 46 days before Model X (2026-06-16).']);
    expect(runTest(base, { rule: 'released-after', model: 'model-x', reference: 'model-y' }, DATE).verdict).toBe('Supported');
  });
  it('mixture of experts: fewer active than total parameters', () => {
    expect(runTest(base, { rule: 'mixture-of-experts', subject: 'model-x' }, DATE).verdict).toBe('Supported');
    expect(runTest(base, { rule: 'mixture-of-experts', subject: 'model-y' }, DATE).verdict).toBe('Unverifiable');
    const dense = dataset([], { 'model-x': { activeParameters: { value: 744, source: 'zai-card', locator: 'x' } } });
    expect(runTest(dense, { rule: 'mixture-of-experts', subject: 'model-x' }, DATE).verdict).toBe('Not supported');
  });
  it('not recorded: always Unverifiable, saying what would decide it', () => {
    const o = runTest(base, { rule: 'not-recorded', needs: 'adoption data' }, DATE);
    expect([o.verdict, o.wouldChange]).toEqual(['Unverifiable', 'Published data on: adoption data']);
  });
});

describe('judgeClaim', () => {
  it('gives opinions the verdict Opinion, without a test', () => {
    expect(judgeClaim(base, 'opinion', base.claims.get('opinion')!).verdict).toBe('Opinion');
  });
  it('judges at launch (contemporaries) and today (everything)', () => {
    const v = judgeClaim(base, 'model-x-rivals', base.claims.get('model-x-rivals')!);
    expect(v.launchDate).toBe('2026-06-16');
    expect(v.atLaunch).toBeDefined();
    expect(v.today).toBeDefined();
    expect(v.verdict).toBe(v.atLaunch!.verdict);
  });
});

describe('claimsConcerning', async () => {
  const { claimsConcerning, vendorOnlyClaims } = await import('../../src/lib/verdicts/concerning');
  const all = [...base.claims].map(([id, c]) => judgeClaim(base, id, c));
  it('finds claims that name a model or rest on its figures', () => {
    expect(claimsConcerning(all, 'model-x').map((v) => v.id)).toEqual(['model-x-rivals']);
    expect(claimsConcerning(all, 'no-such-model')).toEqual([]);
  });
  it('lists claims resting on vendor figures only', () => {
    expect(vendorOnlyClaims(all).map((v) => v.id)).toEqual([]);
  });
});
