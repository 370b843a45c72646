/** Relabelled scores (src/lib/relabels.ts): one measurer, one model, one number, two versions of a benchmark. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import { validateDir } from '../../src/lib/load';
import { findRelabels, relabelOfMeasurement, relabelsFor } from '../../src/lib/relabels';
import { smallDataset } from '../support/small-dataset';

const v21 = { 'bench-pct-2-1': { name: 'Bench Percent', version: '2.1', unit: '%' as const, range: { min: 0, max: 100 }, higherIsBetter: true } };
const data = (...rs: Partial<ResultRow>[]) =>
  smallDataset(rs.map((r) => ({ score: 63.5, source: 'zai-card', ...r })), {
    benchmarks: { ...v21, 'other-bench': { name: 'Another Bench', version: '2.1', unit: '%', range: { min: 0, max: 100 }, higherIsBetter: true } },
    sources: { 'zai-later': { publisher: 'zhipu-ai', published: '2026-09-01' } },
  });

describe('a relabelled score', () => {
  it('is the same number by the same measurer for the same model under two versions of one benchmark', () => {
    const d = data({ benchmark: 'bench-pct' }, { benchmark: 'bench-pct-2-1', source: 'zai-later' });
    const found = findRelabels(d);
    expect(found.map((r) => [r.id, r.benchmarkName, r.score, r.measurer])).toEqual([
      ['model-x--bench-percent--zhipu-ai--63-5--bench-pct--bench-pct-2-1', 'Bench Percent', 63.5, 'zhipu-ai'],
    ]);
    expect(found[0]!.measurements.map((m) => [m.benchmark, m.citations.map((c) => c.source)])).toEqual([['bench-pct', ['zai-card']], ['bench-pct-2-1', ['zai-later']]]);
  });
  it('is not found for different numbers, different measurers, different models, variants or benchmarks', () => {
    expect(findRelabels(data({ benchmark: 'bench-pct' }, { benchmark: 'bench-pct-2-1', score: 63.4 }))).toEqual([]);
    expect(findRelabels(data({ benchmark: 'bench-pct' }, { benchmark: 'bench-pct-2-1', source: 'board-snapshot' }))).toEqual([]);
    expect(findRelabels(data({ benchmark: 'bench-pct' }, { benchmark: 'bench-pct-2-1', model: 'model-y' }))).toEqual([]);
    expect(findRelabels(data({ benchmark: 'bench-pct' }, { benchmark: 'bench-pct-2-1', variant: 'hard' }))).toEqual([]);
    expect(findRelabels(data({ benchmark: 'bench-pct' }, { benchmark: 'other-bench' }))).toEqual([]);
  });
  it('is not found when a setting both rows state differs (two runs), but is when one leaves it unstated', () => {
    expect(findRelabels(data({ benchmark: 'bench-pct', settings: { harness: 'A' } }, { benchmark: 'bench-pct-2-1', settings: { harness: 'B' } }))).toEqual([]);
    expect(findRelabels(data({ benchmark: 'bench-pct', settings: { harness: 'A' } }, { benchmark: 'bench-pct-2-1' }))).toHaveLength(1);
  });
  it('keeps apart two numbers relabelled the same way, and is found by model, benchmark, source and measurement', () => {
    const d = data({ benchmark: 'bench-pct' }, { benchmark: 'bench-pct-2-1', source: 'zai-later' }, { benchmark: 'bench-pct', score: 69, variant: 'x' }, { benchmark: 'bench-pct-2-1', score: 69, variant: 'x' });
    expect(findRelabels(d).map((r) => r.score).sort()).toEqual([63.5, 69]);
    expect(relabelsFor(d, { model: 'model-x' })).toHaveLength(2);
    expect(relabelsFor(d, { benchmark: 'bench-pct-2-1' })).toHaveLength(2);
    expect(relabelsFor(d, { source: 'zai-later' })).toHaveLength(1);
    expect(relabelsFor(d, { model: 'model-y' })).toEqual([]);
    const r = findRelabels(d).find((x) => x.score === 63.5)!;
    expect(relabelOfMeasurement(d, r.measurements[1]!.id)).toBe(r);
  });
});

describe('relabelled scores in the real data', () => {
  const { dataset } = validateDir(join(import.meta.dirname, '..', '..', 'data'), '2026-12-31', join(import.meta.dirname, '..', '..'));
  const found = findRelabels(dataset!);
  it("include Z.ai printing GLM-5.1's Terminal-Bench 2.0 numbers again under 2.1", () => {
    const tb = found.filter((r) => r.model === 'glm-5-1' && r.benchmarkName === 'Terminal-Bench');
    expect(tb.map((r) => [r.score, r.measurements.map((m) => m.benchmark)])).toEqual([
      [63.5, ['terminal-bench-2-0', 'terminal-bench-2-1']],
      [69, ['terminal-bench-2-0', 'terminal-bench-2-1']],
    ]);
  });
  it('have ids no two share', () => {
    expect(new Set(found.map((r) => r.id)).size).toBe(found.length);
  });
});
