/**
 * Rules that must hold for every dataset, checked over generated ones: copies never count, a
 * better rival never helps the claim, and a verdict always agrees with its own lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import { runTest } from '../../src/lib/verdicts';
import type { ClaimTest } from '../../src/schemas';
import { validateCase } from '../support/fixtures';

const base = validateCase().dataset!;
const DATE = '2026-11-29';
const RANK = { 'Not supported': 0, Unverifiable: 1, 'Partly supported': 1, Supported: 2 } as Record<string, number>;

const rowArb = fc.record({
  model: fc.constantFrom('model-x', 'model-y'),
  benchmark: fc.constantFrom('bench-pct', 'arena-elo'),
  source: fc.constantFrom('zai-card-v2', 'anthropic-post', 'board-snapshot'),
  score: fc.integer({ min: 0, max: 100 }),
  settings: fc.record({ harness: fc.constantFrom('Terminus-2', 'Claude Code') }, { requiredKeys: [] }),
});

const testArb = fc.record({
  minGap: fc.integer({ min: -5, max: 5 }),
  minGapElo: fc.integer({ min: -30, max: 30 }),
  strict: fc.boolean(),
  independentOnly: fc.boolean(),
});

function dataset(rows: Partial<ResultRow>[]): Dataset {
  return {
    ...base,
    results: rows.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', settings: {}, locator: 't', source: 'board-snapshot', index, ...r, score: r.benchmark === 'arena-elo' ? 1400 + (r.score ?? 0) : r.score ?? 0 })),
  };
}

const claim = (t: { minGap: number; minGapElo: number; strict: boolean; independentOnly: boolean }): ClaimTest => ({
  rule: 'score-comparison', subject: { models: ['model-x'] }, rivals: { origin: 'west' },
  benchmarks: { categories: ['agentic-coding', 'human-preference'], reason: 'r' },
  minGap: t.minGap, minGapRationale: 'r', minGapElo: t.minGapElo, minGapEloRationale: 'r',
  strict: t.strict, independentOnly: t.independentOnly, supported: 0.75, partly: 0.4, shareRationale: 'r',
});

const verdict = (rows: Partial<ResultRow>[], t: ClaimTest) => runTest(dataset(rows), t, { date: DATE, independentOnly: false }).verdict;

describe('verdict properties', () => {
  it('adding another document that prints an existing figure never changes a verdict', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.nat(), testArb, (rows, pick, t) => {
        const original = rows[pick % rows.length]!;
        // Another document by the same measurer printing the same number: the vendor's own card revision,
        // or the same board (a second citation in one source is still the same measurement).
        const copy = { ...original };
        expect(verdict([...rows, copy], claim(t))).toBe(verdict(rows, claim(t)));
      }),
    );
  });
  // "Better rival figure" by a measurer that already measured a rival: a *new* independent
  // comparison may legitimately replace a vendor's (independent first), which is not the rival
  // getting better.
  it('a better rival measurement never turns "Not supported" into "Supported"', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), rowArb, testArb, (rows, extra, t) => {
        if (!rows.some((r) => r.model === 'model-y' && r.source === extra.source && r.benchmark === extra.benchmark)) return;
        if (verdict(rows, claim(t)) !== 'Not supported') return;
        expect(verdict([...rows, { ...extra, model: 'model-y', score: 100 }], claim(t))).not.toBe('Supported');
      }),
    );
  });
  it('a better rival score on a test already compared never improves the verdict', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.nat(), testArb, (rows, pick, t) => {
        const rivalRows = rows.filter((r) => r.model === 'model-y');
        if (rivalRows.length === 0) return;
        const r = rivalRows[pick % rivalRows.length]!;
        const before = verdict(rows, claim(t));
        if (before === 'Unverifiable') return;
        const better = rows.map((x) => (x === r ? { ...x, score: 100 } : x));
        const after = verdict(better, claim(t));
        if (after !== 'Unverifiable') expect(RANK[after]).toBeLessThanOrEqual(RANK[before]!);
      }),
    );
  });
  it('the verdict agrees with the share of counted lines that pass', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), testArb, (rows, t) => {
        const o = runTest(dataset(rows), claim(t), { date: DATE, independentOnly: false });
        const decided = o.lines.filter((l) => l.counted !== false && l.pass !== null);
        const share = decided.filter((l) => l.pass).length / decided.length;
        const expected = decided.length === 0 ? 'Unverifiable' : share >= 0.75 ? 'Supported' : share >= 0.4 ? 'Partly supported' : 'Not supported';
        expect(o.verdict).toBe(expected);
        expect(o.sensitivity?.find((s) => s.current)?.verdict).toBe(o.verdict);
      }),
    );
  });
});
