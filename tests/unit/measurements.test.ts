import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/lib/conflicts';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import { measurementOfRow, measurementsOf, scaledScore } from '../../src/lib/measurements';
import type { Settings } from '../../src/schemas';
import { validateCase } from '../support/fixtures';

const base = validateCase().dataset!;

/** A dataset with the given rows on bench-pct, each in its own source (the fixture's sources). */
function withRows(rows: Partial<ResultRow>[]): Dataset {
  return {
    ...base,
    results: rows.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', score: 61.1, settings: {}, locator: 'row', source: 'zai-card', index, ...r })),
  };
}

describe('measurement identity', () => {
  it('folds copies of one number by one measurer into one measurement with every citation', () => {
    const d = withRows([
      { source: 'zai-card', settings: { harness: 'Terminus-2' } },
      { source: 'zai-card-v2', settings: { harness: 'Terminus-2' } },
    ]);
    const ms = measurementsOf(d);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.citations.map((c) => c.source)).toEqual(['zai-card', 'zai-card-v2']);
    expect(ms[0]!.id).toBe('model-x--bench-pct--zhipu-ai--61-1');
    expect(ms[0]!.provenance).toBe('self-reported');
  });
  it('folds a copy that leaves a footnote out, and keeps the settings the other states', () => {
    const ms = measurementsOf(withRows([{ source: 'zai-card', settings: { harness: 'Terminus-2' } }, { source: 'zai-card-v2' }]));
    expect(ms).toHaveLength(1);
    expect(ms[0]!.settings).toEqual({ harness: 'Terminus-2' });
  });
  it('never merges different numbers, even from one measurer', () => {
    expect(measurementsOf(withRows([{ source: 'zai-card' }, { source: 'zai-card-v2', score: 60.7 }]))).toHaveLength(2);
  });
  it('keeps the same number under different stated settings apart, with ids that differ', () => {
    const ms = measurementsOf(withRows([{ settings: { reasoningEffort: 'high' } }, { source: 'zai-card-v2', settings: { reasoningEffort: 'xhigh' } }]));
    expect(ms).toHaveLength(2);
    expect(new Set(ms.map((m) => m.id)).size).toBe(2);
    expect(ms.every((m) => m.id.startsWith('model-x--bench-pct--zhipu-ai--61-1--s'))).toBe(true);
  });
  it('keeps two measurers apart even when they print the same number', () => {
    expect(measurementsOf(withRows([{ source: 'zai-card' }, { source: 'anthropic-post' }]))).toHaveLength(2);
  });
  it('counts a reprint that relays a vendor as that vendor\'s measurement', () => {
    const sources = new Map(base.sources);
    sources.set('press', { ...base.sources.get('anthropic-post')!, publisher: 'zhipu-ai', relays: 'zhipu-ai' });
    const d = { ...withRows([{ source: 'zai-card' }, { source: 'press' }]), sources };
    expect(measurementsOf(d)).toHaveLength(1);
  });
  it('reads a "fraction" row on the percentage scale', () => {
    expect(scaledScore({ score: 0.401, scale: 'fraction' })).toBe(40.1);
    expect(scaledScore({ score: 0.857, scale: 'fraction' })).toBe(85.7);
    // every printed digit survives (12 significant digits gave 77.9026217228); a float product gives 7.000000000000001 for 0.07
    expect(scaledScore({ score: 0.779026217228464, scale: 'fraction' })).toBe(77.9026217228464);
    expect(scaledScore({ score: 0.07, scale: 'fraction' })).toBe(7);
    expect(scaledScore({ score: 1e-7, scale: 'fraction' })).toBe(0.00001);
    expect(scaledScore({ score: 0.579, scale: 'fraction' })).toBe(57.9);
    // for every printed fraction with up to 15 significant digits, the scaled score is the printed digits with the point moved
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), fc.integer({ min: 1, max: 15 }), (digits, places) => {
      const printed = `${digits}e-${places}`;
      return scaledScore({ score: Number(printed), scale: 'fraction' }) === Number(`${digits}e${2 - places}`);
    }));
    const ms = measurementsOf(withRows([{ source: 'board-snapshot', score: 0.611, scale: 'fraction' }, { source: 'board-snapshot', score: 61.1 }]));
    expect(ms).toHaveLength(1);
    expect(ms[0]!.score).toBe(61.1);
  });
  it('maps every row to the measurement it cites', () => {
    const d = withRows([{ source: 'zai-card' }, { source: 'zai-card-v2' }]);
    expect(measurementOfRow(d, d.results[1]!)?.citations).toHaveLength(2);
  });
});

describe('conflicts between measurements', () => {
  it('are not made by a stated and an unstated setting', () => {
    const d = withRows([{ source: 'zai-card', model: 'model-y', score: 57, settings: { harness: 'Terminus-2' } }, { source: 'anthropic-post', model: 'model-y', score: 59.3 }]);
    expect(findConflicts(d)).toEqual([]);
  });
  it('name both measurements (measurer and settings) when like for like', () => {
    const d = withRows([
      { source: 'zai-card', model: 'model-y', score: 57, settings: { harness: 'Terminus-2' } },
      { source: 'anthropic-post', model: 'model-y', score: 59.3, settings: { harness: 'terminus 2' } },
    ]);
    const [c] = findConflicts(d);
    expect(c?.kind).toBe('conflict');
    expect(c?.measurements.map((m) => [m.measurer, m.score, m.settings.harness])).toEqual([['anthropic', 59.3, 'terminus 2'], ['zhipu-ai', 57, 'Terminus-2']]);
  });
  it('call one measurer\'s versions of one document a revision, and copies never a conflict', () => {
    const d = withRows([{ source: 'zai-card' }, { source: 'zai-card-v2', score: 60.7 }]);
    expect(findConflicts(d).map((c) => c.kind)).toEqual(['revision']);
  });
});

const settingsArb: fc.Arbitrary<Settings> = fc.record(
  { harness: fc.constantFrom('Terminus-2', 'Claude Code'), reasoningEffort: fc.constantFrom('high', 'xhigh') },
  { requiredKeys: [] },
);
const rowArb = fc.record({
  source: fc.constantFrom('zai-card', 'zai-card-v2', 'anthropic-post', 'board-snapshot'),
  model: fc.constantFrom('model-x', 'model-y'),
  score: fc.constantFrom(57, 59.3, 61.1),
  settings: settingsArb,
});

describe('properties', () => {
  it('every row is a citation of exactly one measurement', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const d = withRows(rows);
        const cited = measurementsOf(d).flatMap((m) => m.citations.map((c) => `${c.source}-${c.index}`));
        expect(cited.sort()).toEqual(d.results.map((r) => `${r.source}-${r.index}`).sort());
      }),
    );
  });
  it('adding another copy of a row never adds a measurement or a conflict', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 10 }), fc.nat(), (rows, pick) => {
        const copy = { ...rows[pick % rows.length]! };
        const before = withRows(rows);
        const after = withRows([...rows, copy]);
        expect(measurementsOf(after).length).toBe(measurementsOf(before).length);
        expect(findConflicts(after).length).toBe(findConflicts(before).length);
      }),
    );
  });
});

describe('byMeasurementOf', () => {
  it('finds the group a measurement is in, computes the groups once per dataset, and says undefined for none', async () => {
    const { byMeasurementOf } = await import('../../src/lib/measurements');
    let calls = 0;
    const groupOf = byMeasurementOf((_data: Dataset) => {
      calls++;
      return [{ name: 'a', measurements: [{ id: 'm1' }, { id: 'm2' }] }, { name: 'b', measurements: [{ id: 'm3' }] }];
    });
    const data = {} as Dataset;
    expect(groupOf(data, 'm2')?.name).toBe('a');
    expect(groupOf(data, 'm3')?.name).toBe('b');
    expect(groupOf(data, 'm9')).toBeUndefined();
    expect(calls).toBe(1);
    groupOf({} as Dataset, 'm1');
    expect(calls).toBe(2);
  });
});

describe('oncePerDataset', () => {
  it('computes once per dataset object', async () => {
    const { oncePerDataset } = await import('../../src/lib/measurements');
    let calls = 0;
    const count = oncePerDataset(() => ++calls);
    const a = {} as Dataset;
    expect([count(a), count(a), count({} as Dataset), count(a)]).toEqual([1, 1, 2, 1]);
  });
});
