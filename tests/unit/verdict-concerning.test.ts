/** Which claims concern a model, and which rest on vendors' figures alone (src/lib/verdicts/concerning.ts). */
import { describe, expect, it } from 'vitest';
import type { ClaimTest } from '../../src/schemas';
import type { ClaimVerdict } from '../../src/lib/verdicts';
import { claimsConcerning, vendorOnlyClaims } from '../../src/lib/verdicts/concerning';
import type { Outcome } from '../../src/lib/verdicts/types';

const outcome = (models: string[], vendorOnly = false): Outcome => ({
  verdict: 'Supported', rule: '', reason: '', wouldChange: '', vendorOnly,
  lines: [{ label: 'l', pass: true, detail: '', evidence: models.map((model) => ({ model } as never)) }, { label: 'no figures', pass: null, detail: '' }],
});
const verdict = (id: string, extra: { test?: ClaimTest; alsoShown?: ClaimTest[]; atLaunch?: Outcome; today?: Outcome }): ClaimVerdict =>
  ({ id, claim: { test: extra.test, alsoShown: extra.alsoShown }, verdict: 'Supported', atLaunch: extra.atLaunch, today: extra.today, alsoShown: [] }) as unknown as ClaimVerdict;
const ids = (vs: ClaimVerdict[]) => vs.map((v) => v.id);

describe('claimsConcerning', () => {
  const released = verdict('released', { test: { rule: 'released-after', model: 'model-a', reference: 'model-b' } });
  const priced = verdict('priced', { test: { rule: 'price', subject: 'model-c', rivals: { models: ['model-d', 'model-e'] }, currency: 'USD' } });
  const context = verdict('context', { alsoShown: [{ rule: 'mixture-of-experts', subject: 'model-f' }] });
  const figures = verdict('figures', { atLaunch: outcome(['model-g']), today: outcome(['model-h']) });
  const all = [released, priced, context, figures];
  it('finds a model named as model, reference or subject', () => {
    expect(ids(claimsConcerning(all, 'model-a'))).toEqual(['released']);
    expect(ids(claimsConcerning(all, 'model-b'))).toEqual(['released']);
    expect(ids(claimsConcerning(all, 'model-c'))).toEqual(['priced']);
  });
  it('finds a model listed in a selector\'s models', () => {
    expect(ids(claimsConcerning(all, 'model-e'))).toEqual(['priced']);
  });
  it('finds a model named by a context test', () => expect(ids(claimsConcerning(all, 'model-f'))).toEqual(['context']));
  it('finds a model whose figures decide the launch verdict or today\'s', () => {
    expect(ids(claimsConcerning(all, 'model-g'))).toEqual(['figures']);
    expect(ids(claimsConcerning(all, 'model-h'))).toEqual(['figures']);
  });
  it('does not mistake other strings of a test (rule, currency) for models', () => {
    expect(claimsConcerning(all, 'price')).toEqual([]);
    expect(claimsConcerning(all, 'USD')).toEqual([]);
    expect(claimsConcerning(all, 'model-z')).toEqual([]);
  });
  it('copes with a selector without models', () => {
    const v = verdict('origin', { test: { rule: 'open-weights', subject: 'model-a', rivals: { origin: 'west' } } });
    expect(ids(claimsConcerning([v], 'model-a'))).toEqual(['origin']);
  });
});

describe('vendorOnlyClaims', () => {
  it('reads the launch outcome, else today\'s', () => {
    const vs = [
      verdict('launch vendor', { atLaunch: outcome([], true), today: outcome([], false) }),
      verdict('launch independent', { atLaunch: outcome([], false), today: outcome([], true) }),
      verdict('today vendor', { today: outcome([], true) }),
      verdict('opinion', {}),
    ];
    expect(ids(vendorOnlyClaims(vs))).toEqual(['launch vendor', 'today vendor']);
  });
});
