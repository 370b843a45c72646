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

describe('rows grouped under measurements', () => {
  const withRows = (rows: Partial<import('../../src/lib/dataset').ResultRow>[]) => ({
    ...data,
    results: rows.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', score: 61.1, settings: {}, locator: `row ${index}`, source: 'zai-card', index, ...r })),
  });
  it('show one row per measurement with every document that prints it, first published first', async () => {
    const { resultsByBenchmark } = await import('../../src/lib/browse/model');
    const d = withRows([{ source: 'zai-card-v2', locator: 'v2 row' }, { source: 'zai-card', locator: 'v1 row' }, { source: 'anthropic-post', score: 59 }]);
    const [group] = resultsByBenchmark(d, 'model-x');
    expect(group!.rows).toHaveLength(3);
    expect(group!.measurements.map((m) => [m.score, m.measurer, m.citations.map((c) => c.row.locator)])).toEqual([
      ['59%', 'Anthropic', ['row 2']],
      ['61.1%', 'Zhipu AI', ['v1 row', 'v2 row']],
    ]);
  });
  it('name both measurers and settings of a conflict', async () => {
    const { resultsByVariant } = await import('../../src/lib/browse/benchmark');
    const [group] = resultsByVariant(data, 'bench-pct');
    const y = group!.measurements.find((m) => m.measurement.model === 'model-y' && m.score === '59.3%')!;
    expect(y.uncertainty).toBe('±1.1 (95% CI)');
    expect(y.conflicts).toEqual([{ id: expect.any(String), kind: 'conflict', others: [{ measurement: expect.any(String), score: '57%', measurer: 'Zhipu AI', settings: 'harness Terminus-2' }] }]);
    expect([y.measurer, y.settings]).toEqual(['Anthropic', 'harness Terminus-2']);
  });
  it('say plainly on a source page whether figures were read in the original or a copy', async () => {
    const { sourceReading, sourceMeasurements } = await import('../../src/lib/browse/source');
    expect(sourceReading(data, 'zai-card').text).toBe('All 2 figures were read in the original document.');
    const board = sourceReading(data, 'board-snapshot');
    expect([board.original, board.copy]).toEqual([0, 2]);
    expect(board.text).toBe('All 2 figures were read in a copy (named under "What we read"), not in the original.');
    expect(sourceMeasurements(data, 'zai-card').map((m) => m.citations.length)).toEqual([1, 1]);
  });
  it('expose the other published values of a model fact', () => {
    const m = data.models.get('model-x')!;
    const alt = { value: 753, source: 'anthropic-post', locator: 'spec table', note: 'a later post' };
    const facts = modelFacts({ ...m, totalParameters: { ...m.totalParameters, value: 744, alternatives: [alt] } } as typeof m);
    expect(facts.find((f) => f.key === 'totalParameters')).toMatchObject({ text: '744 billion', alternatives: [{ text: '753 billion', source: 'anthropic-post', locator: 'spec table', note: 'a later post' }] });
    expect(facts.find((f) => f.key === 'released')!.alternatives).toEqual([]);
  });
});
