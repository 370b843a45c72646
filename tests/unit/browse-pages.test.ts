import { describe, expect, it } from 'vitest';
import { otherVersions, resultsByVariant } from '../../src/lib/browse/benchmark';
import { modelFacts, resultsByBenchmark } from '../../src/lib/browse/model';
import { conflictsFor, describeRows } from '../../src/lib/browse/rows';
import { revisionChain, sourceAbsences, sourceRows, supersededBy } from '../../src/lib/browse/source';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;

describe('model page', () => {
  it('lists every fact with its source and locator, "undisclosed" as such', () => {
    const facts = modelFacts(data.models.get('model-y')!);
    expect(facts.map((f) => f.key)).toEqual(['released', 'openWeights', 'license', 'totalParameters', 'activeParameters', 'contextWindow']);
    expect(facts.find((f) => f.key === 'totalParameters')).toMatchObject({ text: 'undisclosed', undisclosed: true, source: 'anthropic-post', locator: 'not stated' });
    const x = modelFacts(data.models.get('model-x')!);
    expect(x.find((f) => f.key === 'contextWindow')?.text).toBe('200,000 tokens');
    expect(x.find((f) => f.key === 'openWeights')?.text).toBe('yes');
  });

  it('groups every figure about the model by benchmark, with provenance and secondary marks', () => {
    const groups = resultsByBenchmark(data, 'model-x');
    expect(groups.map((g) => [g.benchmark, g.rows.length])).toEqual([['arena-elo', 1], ['bench-pct', 2]]);
    const arena = groups[0]!.rows[0]!;
    expect(arena).toMatchObject({ provenance: 'independent', secondary: true, score: '1450 Elo', date: '2026-07-01' });
    const pct = groups[1]!.rows.map((r) => [r.row.source, r.score, r.provenance, r.conflicts.map((c) => c.kind)]);
    expect(pct).toEqual([['zai-card', '61.1%', 'self-reported', ['revision']], ['zai-card-v2', '60.7%', 'self-reported', ['revision']]]);
  });

  it('shows conflicts about the model with both figures', () => {
    expect(conflictsFor(data, { model: 'model-y' }).map((c) => [c.kind, c.rows.map((r) => r.score)])).toEqual([['conflict', [59.3, 57]]]);
  });
});

describe('benchmark page', () => {
  it('groups figures by variant, best first', () => {
    const groups = resultsByVariant(data, 'arena-elo');
    expect(groups.map((g) => [g.variant, g.rows.map((r) => r.row.model)])).toEqual([['style control', ['model-y', 'model-x']]]);
  });
  it('puts the main score before variants and respects lower-is-better', () => {
    const lower = { ...data, benchmarks: new Map([...data.benchmarks].map(([id, b]) => [id, { ...b, higherIsBetter: false }])) };
    const extra = { ...data.results.find((r) => r.benchmark === 'arena-elo')!, variant: undefined, score: 1300, index: 99 };
    const groups = resultsByVariant({ ...lower, results: [...lower.results, extra] }, 'arena-elo');
    expect(groups.map((g) => g.variant)).toEqual(['', 'style control']);
    expect(groups[1]!.rows.map((r) => r.row.score)).toEqual([1450, 1490]);
  });
  it('finds other versions of the same benchmark name', () => {
    const v1 = { ...data.benchmarks.get('bench-pct')!, version: '1.0' };
    const d = { ...data, benchmarks: new Map([...data.benchmarks, ['bench-pct-1-0', v1]]) };
    expect(otherVersions(d, 'bench-pct')).toEqual([{ id: 'bench-pct-1-0', label: 'Bench Percent 1.0' }]);
    expect(otherVersions(d, 'arena-elo')).toEqual([]);
  });
});

describe('source page', () => {
  it('follows supersedes both ways', () => {
    expect(revisionChain(data, 'zai-card')).toEqual(['zai-card', 'zai-card-v2']);
    expect(revisionChain(data, 'zai-card-v2')).toEqual(['zai-card', 'zai-card-v2']);
    expect(revisionChain(data, 'anthropic-post')).toEqual(['anthropic-post']);
    expect(supersededBy(data, 'zai-card')).toEqual(['zai-card-v2']);
  });
  it('survives a supersedes cycle', () => {
    const sources = new Map(data.sources);
    sources.set('zai-card', { ...sources.get('zai-card')!, supersedes: 'zai-card-v2' });
    expect(revisionChain({ sources }, 'zai-card')).toEqual(['zai-card-v2', 'zai-card']);
  });
  it('lists its figures with locators and its absences', () => {
    expect(sourceRows(data, 'board-snapshot').map((r) => r.row.locator)).toEqual(['board.csv row 4', 'board.csv row 2']);
    expect(sourceAbsences(data, 'board-snapshot')).toMatchObject([{ model: 'model-x', benchmark: 'bench-pct', note: 'no row for Model X' }]);
  });
  it('uses the retrieval day for an undated source', () => {
    const sources = new Map(data.sources);
    sources.set('board-snapshot', { ...sources.get('board-snapshot')!, published: null });
    expect(describeRows({ ...data, sources }, sourceRows(data, 'board-snapshot').map((r) => r.row))[0]!.date).toBe('2026-11-29');
  });
});
