/**
 * The verdict engine on small datasets: every rule, and every verdict each rule can give.
 * The datasets start from the valid fixture (Model X by a Chinese developer, Model Y by a
 * Western one) and change one thing at a time.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import type { ClaimTest, Model } from '../../src/schemas';
import { judgeClaim, runTest } from '../../src/lib/verdicts';
import type { ComparisonContext } from '../../src/lib/verdicts/score-comparison';
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
    results: results.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', score: 0, settings: {}, locator: 't', source: 'zai-card-v2', index, ...r })),
  };
}

const compare = (extra: Partial<Extract<ClaimTest, { rule: 'score-comparison' }>> = {}): Extract<ClaimTest, { rule: 'score-comparison' }> => ({
  rule: 'score-comparison', subject: { models: ['model-x'] }, rivals: { origin: 'west' },
  benchmarks: { categories: ['agentic-coding', 'human-preference'], reason: 'the two fixture tests' },
  minGap: -3, minGapRationale: 'r', minGapElo: -20, minGapEloRationale: 'r', supported: 0.75, partly: 0.4, shareRationale: 'r', ...extra,
});
const pctOnly = { benchmarks: { categories: ['agentic-coding' as const], reason: 'one test' } };
const at = (date = DATE, extra: Partial<ComparisonContext> = {}): ComparisonContext => ({ date, independentOnly: false, ...extra });

describe('score-comparison', () => {
  const both = (x: number, y: number, ex: number, ey: number, source = 'board-snapshot') => dataset([
    { model: 'model-x', score: x, source }, { model: 'model-y', score: y, source },
    { model: 'model-x', benchmark: 'arena-elo', variant: 'style control', score: ex, source }, { model: 'model-y', benchmark: 'arena-elo', variant: 'style control', score: ey, source },
  ]);

  it('is Supported when every test is within the margin', () => {
    const o = runTest(both(60, 62, 1450, 1460), compare(), at());
    expect([o.verdict, o.reason, o.vendorOnly]).toEqual(['Supported', '2 of 2 compared tests pass (100%).', false]);
  });
  it('is Partly supported when some pass, Not supported when none do', () => {
    expect(runTest(both(60, 62, 1400, 1460), compare(), at()).verdict).toBe('Partly supported');
    expect(runTest(both(50, 62, 1400, 1460), compare(), at()).verdict).toBe('Not supported');
  });
  it('is Unverifiable when no measurer measured both sides, and says so on the line', () => {
    const d = dataset([{ model: 'model-x', score: 60, source: 'zai-card-v2' }, { model: 'model-y', score: 62, source: 'anthropic-post' }]);
    const o = runTest(d, compare(pctOnly), at());
    expect(o.verdict).toBe('Unverifiable');
    expect(o.lines[0]!.detail).toMatch(/^Not comparable: no measurer measured both/);
  });
  it('says when it rests on vendor figures only', () => {
    const d = dataset([{ model: 'model-x', score: 60, source: 'zai-card-v2' }, { model: 'model-y', score: 61, source: 'zai-card-v2' }]);
    const o = runTest(d, compare(pctOnly), at());
    expect(o.vendorOnly).toBe(true);
    expect(o.lines[0]!.evidence!.map((e) => e.provenance)).toEqual(['self-reported', 'rival-reported']);
  });
  it('prefers an independent evaluator\'s run to a vendor table of the same test', () => {
    const d = dataset([
      { model: 'model-x', score: 70, source: 'zai-card-v2' }, { model: 'model-y', score: 60, source: 'zai-card-v2' },
      { model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' },
    ]);
    const o = runTest(d, compare(pctOnly), at());
    expect(o.lines.filter((l) => l.counted !== false).map((l) => [l.measurer, l.pass])).toEqual([['board', false]]);
  });
  it('judges the claim\'s best measurement: a rival only under other conditions makes the test not comparable, never a fallback to a weaker figure', () => {
    const d = dataset([
      { model: 'model-x', score: 70, settings: { harness: 'Claude Code' } }, { model: 'model-x', score: 61, settings: { harness: 'Terminus-2' } },
      { model: 'model-y', score: 65, settings: { harness: 'Terminus-2' } },
    ]);
    const line = runTest(d, compare(pctOnly), at()).lines[0]!;
    expect([line.pass, line.detail]).toEqual([null, 'Not comparable: Zhipu AI measured both, but settings differ (harness differs (Claude Code vs Terminus-2)).']);
    const same = dataset([{ model: 'model-x', score: 70, settings: { harness: 'Terminus-2' } }, { model: 'model-y', score: 80, settings: { harness: 'Claude Code' } }, { model: 'model-y', score: 65, settings: { harness: 'Terminus-2' } }]);
    expect(runTest(same, compare(pctOnly), at()).lines[0]!.evidence!.map((e) => e.score)).toEqual([70, 65]);
  });
  it('calls different harnesses "not comparable", never a pass or a fail', () => {
    const d = dataset([{ model: 'model-x', score: 70, settings: { harness: 'Claude Code' } }, { model: 'model-y', score: 65, settings: { harness: 'Codex CLI' } }]);
    const line = runTest(d, compare(pctOnly), at()).lines[0]!;
    expect([line.pass, line.detail]).toEqual([null, 'Not comparable: Zhipu AI measured both, but settings differ (harness differs (Claude Code vs Codex CLI)).']);
  });
  it('calls a stated and an unstated setting "settings not stated", not like for like', () => {
    const d = dataset([{ model: 'model-x', score: 70, settings: { harness: 'Claude Code' } }, { model: 'model-y', score: 65 }]);
    const line = runTest(d, compare(pctOnly), at()).lines[0]!;
    expect(line.pass).toBeNull();
    expect(line.detail).toContain('settings not stated (harness stated on one side only (Claude Code))');
  });
  it('passes exactly at the threshold, fails just below it, and tolerates floating-point noise', () => {
    const gap = (x: number, y: number) => runTest(dataset([{ model: 'model-x', score: x }, { model: 'model-y', score: y }]), compare(pctOnly), at()).lines[0]!.pass;
    expect(gap(57, 60)).toBe(true);
    expect(gap(56.9, 60)).toBe(false);
    expect(gap(76.8 - 2, 77.8)).toBe(true);
    expect(gap(0.1 + 0.2 + 57, 60.3)).toBe(true);
  });
  it('honours "strictly ahead" for overtaking: level is not ahead', () => {
    const level = dataset([{ model: 'model-x', score: 60, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' }]);
    expect(runTest(level, compare({ ...pctOnly, minGap: 0, strict: true }), at()).verdict).toBe('Not supported');
    expect(runTest(level, compare({ ...pctOnly, minGap: 0 }), at()).verdict).toBe('Supported');
  });
  it('treats overlapping published intervals as a tie (a gap of 0)', () => {
    const u = { minus: 15, plus: 15, kind: '95% CI' };
    const d = dataset([
      { model: 'model-x', benchmark: 'arena-elo', score: 1440, uncertainty: u, source: 'board-snapshot' },
      { model: 'model-y', benchmark: 'arena-elo', score: 1465, uncertainty: u, source: 'board-snapshot' },
    ]);
    const t = { benchmarks: { categories: ['human-preference' as const], reason: 'r' } };
    const tied = runTest(d, compare({ ...t, minGapElo: -20 }), at()).lines[0]!;
    expect([tied.tie, tied.pass]).toEqual([true, true]);
    expect(runTest(d, compare({ ...t, minGapElo: 0, strict: true }), at()).lines[0]!.pass).toBe(false);
  });
  it('gives one vote per test: variants and versions of a benchmark are one test', () => {
    const d = dataset([
      { model: 'model-x', benchmark: 'arena-elo', variant: 'style control', score: 1400, source: 'board-snapshot' },
      { model: 'model-y', benchmark: 'arena-elo', variant: 'style control', score: 1460, source: 'board-snapshot' },
      { model: 'model-x', benchmark: 'arena-elo', score: 1400, source: 'board-snapshot' },
      { model: 'model-y', benchmark: 'arena-elo', score: 1460, source: 'board-snapshot' },
    ]);
    const o = runTest(d, compare({ benchmarks: { categories: ['human-preference'], reason: 'r' } }), at());
    expect(o.lines.map((l) => l.counted)).toEqual([true, false]);
    expect(o.reason).toBe('0 of 1 compared tests pass (0%).');
  });
  it('counts a measurement printed by several documents once', () => {
    const d = dataset([
      { model: 'model-x', score: 50, source: 'zai-card' }, { model: 'model-x', score: 50, source: 'zai-card-v2' },
      { model: 'model-y', score: 60, source: 'zai-card' }, { model: 'model-y', score: 60, source: 'zai-card-v2' },
    ]);
    const o = runTest(d, compare(pctOnly), at());
    expect(o.lines).toHaveLength(1);
    expect(o.lines[0]!.evidence!.map((e) => e.citations)).toEqual([1, 1]);
  });
  it('at launch uses the board snapshot in force then (launch + grace window), today the latest', () => {
    const d = dataset([{ model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' }]);
    expect(runTest(d, compare(pctOnly), at('2026-06-16', { cutoff: '2026-06-20' })).verdict).toBe('Unverifiable');
    expect(runTest(d, compare(pctOnly), at('2026-06-16', { cutoff: '2026-07-16' })).verdict).toBe('Not supported');
  });
  it('drops a superseded document once its revision is in force', () => {
    const d = dataset([
      { model: 'model-x', score: 50, source: 'zai-card' }, { model: 'model-y', score: 60, source: 'zai-card' },
      { model: 'model-x', score: 58, source: 'zai-card-v2' }, { model: 'model-y', score: 60, source: 'zai-card-v2' },
    ]);
    expect(runTest(d, compare(pctOnly), at('2026-06-16', { cutoff: '2026-06-16' })).lines[0]!.pass).toBe(false);
    expect(runTest(d, compare(pctOnly), at()).lines[0]!.pass).toBe(true);
  });
  it('leaves out rivals released after the comparison date', () => {
    const d = dataset([{ model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 90, source: 'board-snapshot' }]);
    expect(runTest(d, compare(pctOnly), at('2026-04-30')).verdict).toBe('Unverifiable');
    expect(runTest(d, compare(pctOnly), at()).verdict).toBe('Not supported');
  });
  it('prints the verdict at neighbouring thresholds and what would change it', () => {
    const o = runTest(both(57.5, 62, 1450, 1460), compare(), at());
    expect(o.sensitivity!.map((s) => [s.minGap, s.verdict, s.current])).toEqual([
      [-5, 'Supported', false], [-4, 'Partly supported', false], [-3, 'Partly supported', true], [-2, 'Partly supported', false], [-1, 'Not supported', false],
    ]);
    expect(o.wouldChange).toBe('Supported would need 1 more passing test of these 2; the closest: Model X would need 1.5 points more on Bench Percent 2.0. Not supported would follow if 1 passing test failed; the narrowest: Arena (style control) (10 rating points above the threshold).');
  });
});

describe('parameters', () => {
  const t: ClaimTest = { rule: 'parameters', subject: 'model-x', rivals: { models: ['model-y'] }, counts: ['total', 'active'], factor: 1.5, factorRationale: 'r' };
  const sized = (total: number | 'undisclosed', active: number | 'undisclosed') =>
    dataset([], { 'model-y': { totalParameters: { value: total, source: 'anthropic-post', locator: 'x' }, activeParameters: { value: active, source: 'anthropic-post', locator: 'x' } } });
  it('is Unverifiable when the rival does not disclose', () => expect(runTest(base, t, at()).verdict).toBe('Unverifiable'));
  it('is Supported when the rival is at least 1.5× larger on both counts', () => expect(runTest(sized(2000, 100), t, at()).verdict).toBe('Supported'));
  it('is Not supported when the rival is smaller', () => expect(runTest(sized(400, 17), t, at()).verdict).toBe('Not supported'));
  it('decides on the disclosed counts alone, listing the undisclosed', () => {
    const o = runTest(sized(2000, 'undisclosed'), t, at());
    expect([o.verdict, o.reason]).toEqual(['Supported', '1 of 1 comparisons with a disclosed count show at least 1.5× fewer parameters; 1 cannot be checked (undisclosed).']);
  });
  it('is Partly supported when some disclosed comparisons show it and some do not', () => expect(runTest(sized(2000, 17), t, at()).verdict).toBe('Partly supported'));
});

describe('price, open weights, release order, mixture of experts, not recorded', () => {
  it('price: Supported when cheaper than every rival with a price, Unverifiable without one', () => {
    const t: ClaimTest = { rule: 'price', subject: 'model-x', rivals: { models: ['model-y'] }, currency: 'USD' };
    expect(runTest(base, t, at()).verdict).toBe('Unverifiable');
    const priced = (input: number, output: number) => dataset([], { 'model-y': { prices: [{ input, output, currency: 'USD', asOf: '2026-06-01', source: 'anthropic-post', locator: 'p' }] } });
    expect(runTest(priced(5, 25), t, at()).verdict).toBe('Supported');
    expect(runTest(priced(0.5, 2), t, at()).verdict).toBe('Not supported');
  });
  it('open weights: Supported against closed rivals, Not supported against open ones', () => {
    const t: ClaimTest = { rule: 'open-weights', subject: 'model-x', rivals: { models: ['model-y'] } };
    expect(runTest(base, t, at()).verdict).toBe('Supported');
    expect(runTest(dataset([], { 'model-y': { openWeights: { value: true, source: 'anthropic-post', locator: 'x' } } }), t, at()).verdict).toBe('Not supported');
  });
  it('release order: an "anticipated" model already released is Not supported', () => {
    const o = runTest(base, { rule: 'released-after', model: 'model-y', reference: 'model-x' }, at());
    expect([o.verdict, o.reason]).toEqual(['Not supported', 'Model Y was released on 2026-05-01, 46 days before Model X (2026-06-16).']);
    expect(runTest(base, { rule: 'released-after', model: 'model-x', reference: 'model-y' }, at()).verdict).toBe('Supported');
  });
  it('mixture of experts: fewer active than total parameters', () => {
    expect(runTest(base, { rule: 'mixture-of-experts', subject: 'model-x' }, at()).verdict).toBe('Supported');
    expect(runTest(base, { rule: 'mixture-of-experts', subject: 'model-y' }, at()).verdict).toBe('Unverifiable');
    const dense = dataset([], { 'model-x': { activeParameters: { value: 744, source: 'zai-card', locator: 'x' } } });
    expect(runTest(dense, { rule: 'mixture-of-experts', subject: 'model-x' }, at()).verdict).toBe('Not supported');
  });
  it('not recorded: always Unverifiable, saying what would decide it', () => {
    const o = runTest(base, { rule: 'not-recorded', needs: 'adoption data' }, at());
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

describe('prices at the comparison date', () => {
  const t: ClaimTest = { rule: 'price', subject: 'model-x', rivals: { models: ['model-y'] }, currency: 'USD' };
  const p = (input: number, output: number, asOf: string, tier?: string) => ({ input, output, currency: 'USD' as const, asOf, source: 'anthropic-post', locator: 'p', ...(tier ? { tier } : {}) });
  const priced = (prices: ReturnType<typeof p>[]) => dataset([], { 'model-y': { prices } });
  it('uses the price in force at the date, not today\'s', () => {
    const d = priced([p(0.1, 0.2, '2026-05-01'), p(9, 90, '2026-10-01')]);
    expect(runTest(d, t, at('2026-06-16')).verdict).toBe('Not supported');
    expect(runTest(d, t, at('2026-11-29')).verdict).toBe('Supported');
  });
  it('says so when the only price on record is later than the date', () => {
    const o = runTest(priced([p(9, 90, '2026-10-01')]), t, at('2026-06-16'));
    expect(o.lines[0]!.detail).toContain('Model Y first on record 2026-10-01, after the date');
  });
  it('reads the standard tier as the list price, and never a conditional tier', () => {
    expect(runTest(priced([p(9, 90, '2026-05-01', 'standard API')]), t, at()).verdict).toBe('Supported');
    expect(runTest(priced([p(9, 90, '2026-05-01', 'prompts over 200K tokens')]), t, at()).verdict).toBe('Unverifiable');
  });
});

describe('three verdicts', () => {
  const claim = (test: ClaimTest) => ({ ...base.claims.get('model-x-rivals')!, test });
  it('judge at launch on all figures, at launch on independent figures alone, and today', () => {
    const d = dataset([
      { model: 'model-x', score: 70, source: 'zai-card-v2' }, { model: 'model-y', score: 60, source: 'zai-card-v2' },
      { model: 'model-x', score: 1400, source: 'board-snapshot', benchmark: 'arena-elo' }, { model: 'model-y', score: 1460, source: 'board-snapshot', benchmark: 'arena-elo' },
    ]);
    const v = judgeClaim(d, 'c', claim(compare()));
    expect([v.verdict, v.verdictIndependent, v.verdictToday]).toEqual(['Partly supported', 'Not supported', 'Partly supported']);
    expect(v.vendorEffect).toBe('Vendors\' own figures change this verdict: on independent evaluators\' measurements alone it is "Not supported", with vendors\' tables "Partly supported".');
  });
  it('differ when evidence published after the grace window moves today\'s verdict', () => {
    const sources = new Map(base.sources);
    sources.set('board-snapshot', { ...base.sources.get('board-snapshot')!, published: '2026-10-01' });
    const d = { ...dataset([{ model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' }]), sources };
    const v = judgeClaim(d, 'c', claim(compare(pctOnly)), '2026-11-29');
    expect([v.verdict, v.verdictToday]).toEqual(['Unverifiable', 'Not supported']);
  });
  it('give predictions their own badge, apart from opinions', () => {
    const c = { ...base.claims.get('opinion')!, kind: 'prediction' as const };
    expect(judgeClaim(base, 'p', c).verdict).toBe('Prediction');
  });
});

describe('efficiency', () => {
  const t = (extra: Partial<Extract<ClaimTest, { rule: 'efficiency' }>> = {}): ClaimTest => ({
    rule: 'efficiency', subject: 'model-x', rivals: { models: ['model-y'] }, benchmark: 'arena-elo', benchmarkRationale: 'r', per: 'active-parameters', unprecedented: true, ...extra,
  });
  const d = (x: number, y: number, yActive: number | 'undisclosed' = 50) => dataset(
    [{ model: 'model-x', benchmark: 'arena-elo', score: x, source: 'board-snapshot' }, { model: 'model-y', benchmark: 'arena-elo', score: y, source: 'board-snapshot' }],
    { 'model-y': { activeParameters: { value: yActive, source: 'anthropic-post', locator: 'x' }, totalParameters: { value: 100, source: 'anthropic-post', locator: 'x' } } },
  );
  it('divides an independent measurement by a published count, and needs a record for "unprecedented"', () => {
    // Model X: 1400 / 40B active = 35 per billion; Model Y: 1500 / 50B = 30.
    const o = runTest(d(1400, 1500), t(), at());
    expect([o.verdict, o.lines[0]!.pass]).toEqual(['Supported', true]);
    expect(o.lines[0]!.detail).toBe('Model X 35 per billion parameters (1400 Elo on Arena for 40B active parameters) vs Model Y 30 (1500 Elo on Arena for 50B active parameters).');
    expect(runTest(d(1400, 2000), t(), at()).verdict).toBe('Not supported');
  });
  it('lists an undisclosed count as not comparable, never guessed', () => {
    const o = runTest(d(1400, 1500, 'undisclosed'), t(), at());
    expect([o.verdict, o.lines[0]!.detail]).toEqual(['Unverifiable', 'Not comparable: Model Y: active parameters undisclosed.']);
  });
  it('uses only independent measurements of output', () => {
    const vendor = dataset([{ model: 'model-x', benchmark: 'arena-elo', score: 1400 }, { model: 'model-y', benchmark: 'arena-elo', score: 1500 }]);
    expect(runTest(vendor, t(), at()).lines[0]!.detail).toBe('Not comparable: Model X: no independent Arena measurement.');
  });
});

describe('mixture of experts beyond its predecessors', () => {
  it('is only partly supported when the published configuration equals a predecessor\'s', () => {
    const models = new Map(base.models);
    models.set('model-w', { ...base.models.get('model-x')!, name: 'Model W', predecessor: null });
    models.set('model-x', { ...base.models.get('model-x')!, predecessor: 'model-w' });
    const o = runTest({ ...base, models }, { rule: 'mixture-of-experts', subject: 'model-x', beyondPredecessors: true }, at());
    expect(o.verdict).toBe('Partly supported');
    expect(o.lines.map((l) => l.pass)).toEqual([true, false]);
    const changed = new Map(models);
    changed.set('model-w', { ...models.get('model-w')!, activeParameters: { value: 20, source: 'zai-card', locator: 'x' } });
    expect(runTest({ ...base, models: changed }, { rule: 'mixture-of-experts', subject: 'model-x', beyondPredecessors: true }, at()).verdict).toBe('Supported');
  });
});
