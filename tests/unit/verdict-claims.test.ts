/**
 * The three verdicts of a claim and the evidence in force at a date (src/lib/verdicts/index.ts,
 * at-date.ts, select.ts): launch dates, grace window, superseded and undated documents,
 * context tests, the article's order, and which models a selector takes.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import type { Claim, ClaimTest } from '../../src/schemas';
import { judgeAll, judgeClaim } from '../../src/lib/verdicts';
import { addDays, measurementsAt } from '../../src/lib/verdicts/at-date';
import { selectModels } from '../../src/lib/verdicts/select';
import { base, smallDataset } from '../support/small-dataset';

const claim = (extra: Partial<Claim> = {}): Claim => ({ ...base.claims.get('model-x-rivals')!, ...extra });
const compare = (extra: object = {}) => ({ ...base.claims.get('model-x-rivals')!.test!, benchmarks: { categories: ['agentic-coding'], reason: 'r' }, ...extra }) as ClaimTest;
const vendorRows = smallDataset([{ model: 'model-x', score: 50 }, { model: 'model-y', score: 60 }]);

describe('addDays', () => {
  it('adds days across months and years, as a date', () => {
    expect([addDays('2026-06-16', 30), addDays('2026-12-20', 12), addDays('2026-03-01', -1)]).toEqual(['2026-07-16', '2027-01-01', '2026-02-28']);
  });
});

describe('measurementsAt', () => {
  const d = smallDataset([
    { model: 'model-x', score: 50, source: 'zai-card' }, { model: 'model-x', score: 58, source: 'zai-card-v2' }, { model: 'model-x', score: 40, source: 'undated' },
  ], { sources: { undated: { publisher: 'board', published: null } } });
  const scores = (cutoff?: string) => measurementsAt(d, cutoff).map((m) => m.score);
  it('today: the latest version of each document and undated documents', () => {
    expect(scores()).toEqual([40, 58]);
  });
  it('at a date: what was published by then, a superseded document only until its revision', () => {
    expect(scores('2026-06-16')).toEqual([50]);
    expect(scores('2026-06-17')).toEqual([58]);
    expect(scores('2026-06-15')).toEqual([]);
  });
  it('is computed once per dataset and date', () => {
    const fresh = { ...d }; // a new dataset object: nothing memoised yet
    expect(measurementsAt(fresh)).toBe(measurementsAt(fresh));
    expect(measurementsAt(fresh, '2026-06-16')).toBe(measurementsAt(fresh, '2026-06-16'));
  });
});

describe('selectModels', () => {
  const d = smallDataset([], { models: { 'model-z': { name: 'Model Z', developer: 'zhipu-ai', openWeights: { value: true, source: 'zai-card', locator: 'x' } } } });
  it('takes the models released by the date that match every criterion given', () => {
    expect(selectModels(d, {}, '2026-11-29')).toEqual(['model-x', 'model-y', 'model-z']);
    expect(selectModels(d, {}, '2026-05-01')).toEqual(['model-y', 'model-z']);
    expect(selectModels(d, { origin: 'china' }, '2026-11-29')).toEqual(['model-x', 'model-z']);
    expect(selectModels(d, { developers: ['anthropic'] }, '2026-11-29')).toEqual(['model-y']);
    expect(selectModels(d, { openWeights: false }, '2026-11-29')).toEqual(['model-y']);
    expect(selectModels(d, { openWeights: true, models: ['model-x', 'model-y'] }, '2026-11-29')).toEqual(['model-x']);
  });
});

describe('judgeClaim', () => {
  it('an opinion has one verdict and nothing shown beside it', () => {
    expect(judgeClaim(base, 'opinion', base.claims.get('opinion')!)).toStrictEqual({ id: 'opinion', claim: base.claims.get('opinion'), verdict: 'Opinion', alsoShown: [] });
  });
  it('rules over model facts get no separate independent verdict and no vendor sentence', () => {
    const v = judgeClaim(base, 'p', claim({ test: { rule: 'open-weights', subject: 'model-x', rivals: { models: ['model-y'] } } }));
    expect([v.verdict, v.verdictIndependent, v.atLaunchIndependent, v.vendorEffect, v.alsoShown.length]).toEqual(['Supported', 'Supported', undefined, undefined, 0]);
  });
  it('says nothing of vendors when their figures do not change the verdict', () => {
    const d = smallDataset([{ model: 'model-x', score: 50, source: 'board-snapshot' }, { model: 'model-y', score: 60, source: 'board-snapshot' }, { model: 'model-x', score: 50 }, { model: 'model-y', score: 60 }]);
    const v = judgeClaim(d, 'c', claim({ test: compare(), launchOf: undefined }));
    expect([v.verdict, v.verdictIndependent, v.vendorEffect]).toEqual(['Not supported', 'Not supported', undefined]);
  });
  it('without a launch, judges today on all figures and on independent ones alone, at today\'s date', () => {
    const v = judgeClaim(vendorRows, 'c', claim({ test: compare(), launchOf: undefined }), '2026-11-29');
    expect([v.launchDate, v.atLaunch, v.verdict, v.verdictIndependent]).toEqual([undefined, undefined, 'Not supported', 'Unverifiable']);
    expect(v.atLaunchIndependent!.asOf).toEqual({ date: '2026-11-29', cutoff: undefined });
    expect(v.today!.asOf).toEqual({ date: '2026-11-29', cutoff: undefined });
  });
  it('a launch of a model not in the data is no launch', () => {
    const v = judgeClaim(vendorRows, 'c', claim({ test: compare(), launchOf: 'model-q' }), '2026-11-29');
    expect([v.launchDate, v.atLaunch]).toEqual([undefined, undefined]);
  });
  it('at launch: the launch date, and evidence up to the grace window', () => {
    const v = judgeClaim(vendorRows, 'c', claim({ test: compare() }), '2026-11-29');
    expect(v.atLaunch!.asOf).toEqual({ date: '2026-06-16', cutoff: '2026-07-16' });
    expect(v.atLaunchIndependent!.asOf).toEqual({ date: '2026-06-16', cutoff: '2026-07-16' });
  });
  it('runs context tests at the claim\'s date on all figures, vendors\' included', () => {
    const also = [compare()];
    const atLaunch = judgeClaim(vendorRows, 'c', claim({ test: compare(), alsoShown: also }), '2026-11-29').alsoShown;
    expect(atLaunch.map((o) => [o.verdict, o.asOf])).toEqual([['Not supported', { date: '2026-06-16', cutoff: '2026-07-16' }]]);
    const today = judgeClaim(vendorRows, 'c', claim({ test: compare(), alsoShown: also, launchOf: undefined }), '2026-11-29').alsoShown;
    expect(today.map((o) => [o.verdict, o.asOf])).toEqual([['Not supported', { date: '2026-11-29', cutoff: undefined }]]);
  });
});

describe('judgeAll', () => {
  it('lists claims in the article\'s order: paragraph, then where the quote stands, then id', () => {
    const opinion = base.claims.get('opinion')!;
    const claims = new Map<string, Claim>([
      ['d', { ...opinion, paragraph: 2, quote: 'first' }], ['c', { ...opinion, paragraph: 1, quote: 'later' }],
      ['b', { ...opinion, paragraph: 1, quote: 'early' }], ['a', { ...opinion, paragraph: 1, quote: 'early' }],
    ]);
    const d: Dataset = { ...base, claims };
    expect(judgeAll(d, 'first early then later').map((v) => v.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(judgeAll(d).map((v) => v.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(judgeAll(d, 'later, then early').map((v) => v.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
