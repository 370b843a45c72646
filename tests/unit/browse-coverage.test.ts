import { describe, expect, it } from 'vitest';
import { coverage, firstIndependentResult } from '../../src/lib/browse/coverage';
import { benchmarkIndex, filterOptions, modelIndex, sourceIndex } from '../../src/lib/browse/index-rows';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;

describe('days from release to the first independent figure', () => {
  it('counts from release to the earliest independent source', () => {
    expect(firstIndependentResult(data, 'model-x')).toEqual({ days: 15, date: '2026-07-01', source: 'board-snapshot' });
    expect(firstIndependentResult(data, 'model-y')?.days).toBe(61);
  });
  it('is null when only vendors have published figures', () => {
    const results = data.results.filter((r) => r.source !== 'board-snapshot');
    expect(firstIndependentResult({ ...data, results }, 'model-x')).toBeNull();
    expect(firstIndependentResult(data, 'no-such-model')).toBeNull();
  });
  it('does not count a press report (it relays, it does not measure)', () => {
    const sources = new Map(data.sources);
    sources.set('board-snapshot', { ...sources.get('board-snapshot')!, kind: 'press' });
    expect(firstIndependentResult({ ...data, sources }, 'model-x')).toBeNull();
  });
  it('lists models with no independent figure first', () => {
    const results = data.results.filter((r) => !(r.source === 'board-snapshot' && r.model === 'model-x'));
    const rows = coverage({ ...data, results });
    expect(rows.map((r) => [r.model, r.first?.days ?? null])).toEqual([['model-x', null], ['model-y', 61]]);
    expect(rows[1]!.counts).toEqual({ 'self-reported': 1, 'rival-reported': 1, independent: 1 });
  });
});

describe('index rows', () => {
  it('carry the values the filters match on', () => {
    expect(modelIndex(data).map((r) => [r.id, r.origin, r.developer, r.openWeights, r.results])).toEqual([
      ['model-x', 'china', 'zhipu-ai', true, 3], ['model-y', 'west', 'anthropic', false, 3],
    ]);
    expect(benchmarkIndex(data).map((r) => [r.id, r.category, r.results, r.models])).toEqual([
      ['arena-elo', 'human-preference', 2, 2], ['bench-pct', 'agentic-coding', 4, 2],
    ]);
    expect(sourceIndex(data).map((r) => [r.id, r.kind, r.secondary])).toEqual([
      ['board-snapshot', 'independent-leaderboard', true], ['zai-card-v2', 'model-card', false],
      ['zai-card', 'model-card', false], ['anthropic-post', 'vendor-blog', false],
    ]);
  });
  it('offer each distinct value once, sorted by label', () => {
    expect(filterOptions(['b', 'a', 'b'], (v) => v.toUpperCase())).toEqual([{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]);
  });
});
