/** A measurement as evidence (src/lib/verdicts/evidence.ts): the citation shown, the count, secondary or not. */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import type { MeasurementAt } from '../../src/lib/verdicts/at-date';
import { toEvidence } from '../../src/lib/verdicts/evidence';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset!;
const row = (source: string, index = 0) => ({ model: 'model-x', benchmark: 'bench-pct', score: 50, settings: {}, locator: 't', source, index }) as ResultRow;
const m = (citations: ResultRow[], citationsAt: ResultRow[]): MeasurementAt => ({
  id: 'm', model: 'model-x', benchmark: 'bench-pct', measurer: 'zhipu-ai', provenance: 'self-reported', score: 50, settings: {}, citations, citationsAt, firstPublished: null,
});

describe('toEvidence', () => {
  it('shows the first citation in force at the date, and counts only those', () => {
    const e = toEvidence(data, m([row('zai-card'), row('zai-card-v2'), row('board-snapshot')], [row('zai-card-v2'), row('board-snapshot')]));
    expect([e.row.source, e.citations, e.measurement, e.score, e.provenance]).toEqual(['zai-card-v2', 2, 'm', 50, 'self-reported']);
  });
  it('falls back to the first citation when none is in force', () => {
    expect(toEvidence(data, m([row('zai-card')], [])).row.source).toBe('zai-card');
  });
  it('is secondary only when every citation in force is a copy', () => {
    expect(toEvidence(data, m([row('board-snapshot')], [row('board-snapshot'), row('board-snapshot', 1)])).secondary).toBe(true);
    expect(toEvidence(data, m([row('board-snapshot')], [row('board-snapshot'), row('zai-card')])).secondary).toBe(false);
  });
});
