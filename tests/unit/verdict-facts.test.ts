/** Rules over model facts (src/lib/verdicts/facts.ts): parameters, prices at a date, open weights, release order, mixture of experts. */
import { describe, expect, it } from 'vitest';
import type { ClaimTest } from '../../src/schemas';
import { runTest } from '../../src/lib/verdicts';
import { priceAt } from '../../src/lib/verdicts/facts';
import { base, smallDataset, type Extra } from '../support/small-dataset';

const DATE = '2026-11-29';
const run = (test: ClaimTest, d = base, date = DATE) => runTest(d, test, { date, independentOnly: false });
const fact = <T>(value: T, source = 'anthropic-post') => ({ value, source, locator: 'x' });
const models = (patches: NonNullable<Extra['models']>) => smallDataset([], { models: patches });

describe('parameters', () => {
  const t = (extra: Partial<Extract<ClaimTest, { rule: 'parameters' }>> = {}): ClaimTest =>
    ({ rule: 'parameters', subject: 'model-x', rivals: { models: ['model-y'] }, counts: ['total'], factor: 1.5, factorRationale: 'r', ...extra });
  // Model X: 744B total, 40B active.
  const sized = (total: number | 'undisclosed', active: number | 'undisclosed' = 'undisclosed') => models({ 'model-y': { totalParameters: fact(total), activeParameters: fact(active) } });
  it('passes exactly at the factor and fails just below it', () => {
    expect(run(t(), sized(1116)).lines).toEqual([{ label: 'total parameters vs Model Y', pass: true, sources: ['zai-card', 'anthropic-post'], detail: '744B vs 1116B (at least 1.5× fewer).' }]);
    expect(run(t(), sized(1115)).lines[0]!.detail).toBe('744B vs 1115B (not at least 1.5× fewer).');
    expect(run(t(), sized(500)).verdict).toBe('Not supported');
  });
  it('reads the count asked for: active parameters are not total parameters', () => {
    const o = run(t({ counts: ['active'] }), sized(100, 60));
    expect([o.verdict, o.lines[0]!.label, o.lines[0]!.detail]).toEqual(['Supported', 'active parameters vs Model Y', '40B vs 60B (at least 1.5× fewer).']);
  });
  it('lists an undisclosed count, and an unknown subject, without guessing', () => {
    const o = run(t(), base);
    expect([o.verdict, o.reason, o.lines[0]!.detail]).toEqual(['Unverifiable', 'None of the 1 rival models has a published parameter count.', 'Model X: 744B; Model Y: undisclosed.']);
    expect(o.wouldChange).toBe('Publication of the 1 undisclosed parameter counts, or a correction of a published one.');
    const unknown = run(t({ subject: 'model-q' }), sized(2000));
    expect(unknown.lines).toEqual([{ label: 'total parameters vs Model Y', pass: null, sources: ['anthropic-post'], detail: 'model-q: unknown; Model Y: 2000B.' }]);
  });
  it('counts passing and failing comparisons, never the subject against itself', () => {
    const d = models({ 'model-y': { totalParameters: fact(2000), activeParameters: fact(50) } });
    const o = run(t({ counts: ['total', 'active'], rivals: { models: ['model-x', 'model-y'] } }), d);
    expect([o.verdict, o.reason, o.wouldChange]).toEqual(['Partly supported', '1 of 2 comparisons with a disclosed count show at least 1.5× fewer parameters.', 'A correction of a published parameter count.']);
  });
  it('says when no rival matches by the date', () => {
    expect(run(t({ rivals: { models: ['model-x'] } })).reason).toBe('No rival model matches the claim by this date.');
  });
});

describe('priceAt', () => {
  const p = (input: number, asOf: string, extra: object = {}) => ({ input, output: input * 4, currency: 'USD' as const, asOf, source: 'anthropic-post', locator: 'p', ...extra });
  const at = (prices: ReturnType<typeof p>[], date: string) => priceAt(models({ 'model-y': { prices } }), 'model-y', 'USD', date);
  it('takes the latest price on or before the date, whatever the order on file', () => {
    expect(at([p(3, '2026-08-01'), p(1, '2026-01-01'), p(2, '2026-06-16')], '2026-06-16')).toEqual({ price: p(2, '2026-06-16'), later: false });
  });
  it('takes the earliest later price, flagged, when none is on record by then', () => {
    expect(at([p(3, '2026-09-01'), p(2, '2026-08-01')], '2026-06-16')).toEqual({ price: p(2, '2026-08-01'), later: true });
    expect(at([], '2026-06-16')).toBeUndefined();
    expect(priceAt(base, 'model-q', 'USD', DATE)).toBeUndefined();
  });
  it('ignores other currencies and conditional tiers, reads "standard" with stray spaces as the list price', () => {
    expect(at([p(1, '2026-01-01', { currency: 'EUR' }), p(9, '2026-01-01', { tier: 'batch' })], DATE)).toBeUndefined();
    expect(at([p(2, '2026-01-01', { tier: ' Standard ' })], DATE)?.price.input).toBe(2);
  });
  it('between an untiered and a standard-tier price of one date, always takes the same one', () => {
    const untiered = p(1, '2026-01-01'), standard = p(2, '2026-01-01', { tier: 'standard' });
    expect(at([untiered, standard], DATE)?.price).toEqual(standard);
    expect(at([standard, untiered], DATE)?.price).toEqual(standard);
  });
});

describe('price', () => {
  const t = (rivals = ['model-y']): ClaimTest => ({ rule: 'price', subject: 'model-x', rivals: { models: rivals }, currency: 'USD' });
  // Model X: 1 in / 3.2 out, as of 2026-11-29.
  const price = (input: number, output: number) => ({ prices: [{ input, output, currency: 'USD' as const, asOf: '2026-06-01', source: 'anthropic-post', locator: 'p' }] });
  it('must be cheaper on both input and output: equal or dearer on either is not cheaper', () => {
    expect(run(t(), models({ 'model-y': price(1.01, 3.3) })).verdict).toBe('Supported');
    expect(run(t(), models({ 'model-y': price(1, 3.3) })).verdict).toBe('Not supported');
    expect(run(t(), models({ 'model-y': price(1.01, 3.2) })).verdict).toBe('Not supported');
    expect(run(t(), models({ 'model-y': price(5, 2) })).verdict).toBe('Not supported');
  });
  it('is Partly supported when cheaper than some rivals, counting them in the reason, never itself', () => {
    const o = run(t(['model-x', 'model-y', 'model-z']), models({ 'model-y': price(5, 25), 'model-z': { ...price(0.5, 1), name: 'Model Z' } }));
    expect([o.verdict, o.reason, o.lines.map((l) => l.pass)]).toEqual(['Partly supported', 'Cheaper on both input and output than 1 of 2 rivals with a published price.', [true, false]]);
    expect(o.lines[0]!.sources).toEqual(['zai-card', 'anthropic-post']);
  });
  it('names the side without a price and lists only the sources there are', () => {
    const noMine = run(t(), models({ 'model-x': { prices: [] }, 'model-y': price(5, 25) }));
    expect([noMine.verdict, noMine.reason, noMine.lines[0]!.detail, noMine.lines[0]!.sources]).toEqual([
      'Unverifiable', 'No comparable published prices.', 'Model X has no published USD list price (untiered or standard tier) in the data.', ['anthropic-post'],
    ]);
    expect(run(t()).lines[0]!.detail).toBe('Model Y has no published USD list price (untiered or standard tier) in the data.');
  });
});

describe('open weights', () => {
  const t = (subject = 'model-x', rivals = ['model-y']): ClaimTest => ({ rule: 'open-weights', subject, rivals: { models: rivals } });
  it('lists each rival\'s licence with its sources, never the subject itself', () => {
    expect(run(t('model-x', ['model-x', 'model-y'])).lines).toEqual([{ label: 'licence vs Model Y', pass: true, sources: ['zai-card', 'anthropic-post'], detail: 'Model X: open weights, MIT; Model Y: closed, proprietary.' }]);
  });
  it('is Partly supported when some rivals are open too, and says how many', () => {
    const d = models({ 'model-z': { name: 'Model Z', openWeights: fact(true), license: fact('Apache-2.0') } });
    const o = run(t('model-x', ['model-y', 'model-z']), d);
    expect([o.verdict, o.reason]).toEqual(['Partly supported', 'Model X is open-weight (MIT); 1 of 2 rivals are also open-weight.']);
  });
  it('is Not supported for a closed subject, Unverifiable without rivals, and survives an unknown subject', () => {
    const o = run(t('model-y', ['model-x']));
    expect([o.verdict, o.reason]).toEqual(['Not supported', 'Model Y is closed; 1 of 1 rivals are also open-weight.']);
    expect(run(t('model-x', [])).verdict).toBe('Unverifiable');
    const unknown = run(t('model-q'));
    expect([unknown.verdict, unknown.lines[0]!.sources]).toEqual(['Not supported', ['anthropic-post']]);
  });
});

describe('release order', () => {
  it('lists both dates with their sources', () => {
    expect(run({ rule: 'released-after', model: 'model-x', reference: 'model-y' }).lines).toEqual([
      { label: 'release dates', pass: true, sources: ['zai-card', 'anthropic-post'], detail: 'Model X: 2026-06-16; Model Y: 2026-05-01.' },
    ]);
  });
  it('the same day is not after', () => {
    const d = models({ 'model-y': { released: fact('2026-06-16') } });
    const o = run({ rule: 'released-after', model: 'model-x', reference: 'model-y' }, d);
    expect([o.verdict, o.reason]).toEqual(['Not supported', 'Model X was released on 2026-06-16, 0 days before Model Y (2026-06-16).']);
  });
  it('is Unverifiable when either model is unknown, naming it by id', () => {
    for (const [model, reference] of [['model-q', 'model-x'], ['model-x', 'model-q']] as const) {
      const o = run({ rule: 'released-after', model, reference });
      expect([o.verdict, o.reason, o.lines]).toEqual(['Unverifiable', 'A release date is missing.', []]);
    }
    expect(run({ rule: 'released-after', model: 'model-q', reference: 'model-x' }).rule).toBe('Supported when model-q was released after Model X.');
    expect(run({ rule: 'released-after', model: 'model-x', reference: 'model-q' }).rule).toBe('Supported when Model X was released after model-q.');
  });
});

describe('mixture of experts', () => {
  const t = (subject = 'model-x', beyondPredecessors = false): ClaimTest => ({ rule: 'mixture-of-experts', subject, ...(beyondPredecessors ? { beyondPredecessors } : {}) });
  const sizes = (total: number | 'undisclosed', active: number | 'undisclosed', extra: object = {}) => ({ totalParameters: fact(total, 'zai-card'), activeParameters: fact(active, 'zai-card'), ...extra });
  it('shows the counts with their sources', () => {
    const o = run(t());
    expect([o.reason, o.lines]).toEqual(['Model X has 744B parameters in total and 40B active per token.', [{ label: 'Model X parameters', pass: true, sources: ['zai-card', 'zai-card'], detail: 'total 744B, active 40B.' }]]);
  });
  it('is Unverifiable when either count is undisclosed or the model unknown', () => {
    for (const [total, active] of [['undisclosed', 40], [744, 'undisclosed']] as const) {
      const o = run(t(), models({ 'model-x': sizes(total, active) }));
      expect([o.verdict, o.reason, o.lines[0]!.pass]).toEqual(['Unverifiable', 'Its parameter counts are not published.', null]);
    }
    expect(run(t(), models({ 'model-x': sizes('undisclosed', 40) })).lines[0]!.detail).toBe('total undisclosed, active 40B.');
    expect(run(t('model-q'))).toMatchObject({ verdict: 'Unverifiable', lines: [] });
    expect(run(t('model-q', true))).toMatchObject({ verdict: 'Unverifiable', lines: [] });
    expect(run(t(), models({ 'model-x': sizes(744, 'undisclosed') })).lines[0]!.detail).toBe('total 744B, active undisclosed.');
  });
  describe('beyond its predecessors', () => {
    const line = (pred: Record<string, object>, subject: object = {}) => models({
      'model-x': { predecessor: 'model-w', ...subject },
      'model-w': { name: 'Model W', predecessor: 'model-v', ...sizes(744, 40) },
      'model-v': { name: 'Model V', predecessor: 'model-x', ...sizes(500, 20) },
      ...pred,
    });
    it('compares with every predecessor up the line, stopping at a loop', () => {
      const o = run(t('model-x', true), line({}));
      expect(o.lines.map((l) => [l.label, l.pass, l.detail])).toEqual([
        ['Model X parameters', true, 'total 744B, active 40B.'],
        ['configuration vs Model W', false, 'Model W: total 744B, active 40B: the same published configuration.'],
        ['configuration vs Model V', true, 'Model V: total 500B, active 20B.'],
        ['configuration vs Model X', false, 'Model X: total 744B, active 40B: the same published configuration.'],
      ]);
      expect([o.verdict, o.reason]).toEqual(['Partly supported', 'Model X has 744B parameters in total and 40B active per token. Its published configuration is the same as 2 predecessors\', so no published figure shows a refinement beyond them.']);
    });
    it('one unchanged predecessor is named in the singular; a change of either count is a change', () => {
      const o = run(t('model-x', true), line({ 'model-v': { name: 'Model V', predecessor: null, ...sizes(744, 20) } }));
      expect(o.lines.map((l) => l.pass)).toEqual([true, false, true]);
      expect(o.lines[1]!.sources).toEqual(['zai-card', 'zai-card']);
      expect(o.reason).toContain('the same as 1 predecessor\'s, so');
      const changed = run(t('model-x', true), line({ 'model-w': { name: 'Model W', predecessor: null, ...sizes(700, 40) } }));
      expect([changed.verdict, changed.lines.map((l) => l.pass)]).toEqual(['Supported', [true, true]]);
    });
    it('cannot compare with a predecessor whose counts are undisclosed, nor when the subject\'s are', () => {
      for (const [total, active] of [['undisclosed', 40], [744, 'undisclosed']] as const) {
        const o = run(t('model-x', true), line({ 'model-w': { name: 'Model W', predecessor: null, ...sizes(total, active) } }));
        expect([o.verdict, o.lines[1]!.pass]).toEqual(['Supported', null]);
      }
      const o = run(t('model-x', true), line({ 'model-w': { name: 'Model W', predecessor: null, ...sizes(744, 40) } }, sizes(744, 'undisclosed')));
      expect([o.verdict, o.lines[1]!.pass]).toEqual(['Unverifiable', null]);
    });
    it('a dense model stays Not supported whatever its predecessors', () => {
      const o = run(t('model-x', true), line({ 'model-w': { name: 'Model W', predecessor: null, ...sizes(744, 744) } }, sizes(744, 744)));
      expect([o.verdict, o.lines.map((l) => l.pass)]).toEqual(['Not supported', [false, false]]);
    });
    it('ignores predecessors unless asked', () => {
      expect(run(t('model-x'), line({})).lines).toHaveLength(1);
    });
  });
});

describe('not recorded', () => {
  it('has no lines and names what would decide it', () => {
    expect(run({ rule: 'not-recorded', needs: 'adoption data' })).toMatchObject({ verdict: 'Unverifiable', lines: [], rule: 'Deciding this would need: adoption data', vendorOnly: false });
  });
});
