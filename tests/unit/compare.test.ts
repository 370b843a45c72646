import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExportRows } from '../../src/lib/compare/export';
import { factPairs } from '../../src/lib/compare/facts';
import { headToHead, summarize, summaryText } from '../../src/lib/compare/head-to-head';
import { claimRivals, comparePairs, comparePath, pairId, pairsInPaths, reversedPath } from '../../src/lib/compare/pairs';
import { parseManifest } from '../../src/lib/permalinks';
import { articleText } from '../../src/lib/article';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import { validateDir } from '../../src/lib/load';
import { originOfModel } from '../../src/lib/origin';
import { judgeAll } from '../../src/lib/verdicts';
import { validateCase } from '../support/fixtures';

const base = validateCase().dataset;
const withResults = (f: (rs: ResultRow[]) => ResultRow[]): Dataset => ({ ...base, results: f(base.results) });

describe('headToHead', () => {
  it('puts like-for-like benchmarks side by side, independent pairs first, with the summary', () => {
    const h = headToHead(base, 'model-x', 'model-y');
    expect(h.rows.map((r) => [r.label, r.a.score, r.b.score, r.ahead, r.independent])).toEqual([
      ['Arena (style control)', 1450, 1490, 'b', true],
      ['Bench Percent 2.0', 60.7, 57, 'a', false],
    ]);
    expect(h.rows[0]!.gapUnit).toBe('rating');
    expect(h.rows[1]!.gap).toBeCloseTo(3.7);
    expect(summaryText(summarize(h), 'Model X', 'Model Y')).toBe(
      'Model X is ahead on 1 of 2 like-for-like benchmarks (0 of 1 where both figures are independent); Model Y on 1 (1 independent).');
  });

  it('names a settings mismatch and does not compare it', () => {
    const data = withResults((rs) => rs.map((r) => (r.model === 'model-y' && r.benchmark === 'bench-pct' ? { ...r, settings: { harness: 'Claude Code' } } : r)));
    const h = headToHead(data, 'model-x', 'model-y');
    expect(h.rows.map((r) => r.benchmark)).toEqual(['arena-elo']);
    expect(h.mismatched.map((m) => [m.benchmark, m.why])).toEqual([['bench-pct', 'harness differs (Terminus-2 vs Claude Code)']]);
  });

  it('treats a setting stated on one side only as not like for like', () => {
    const data = withResults((rs) => rs.map((r) => (r.model === 'model-y' && r.benchmark === 'bench-pct' ? { ...r, settings: {} } : r)));
    const h = headToHead(data, 'model-x', 'model-y');
    expect(h.mismatched[0]!.why).toBe('harness stated on one side only (Terminus-2)');
  });

  it('lists benchmarks only one side has apart', () => {
    const data = withResults((rs) => rs.filter((r) => !(r.model === 'model-y' && r.benchmark === 'bench-pct')));
    const h = headToHead(data, 'model-x', 'model-y');
    expect(h.onlyA.map((o) => o.label)).toEqual(['Bench Percent 2.0']);
    expect(h.onlyB).toEqual([]);
    expect(summaryText(summarize(h), 'X', 'Y')).toBe('X is ahead on 0 of 1 like-for-like benchmark (0 of 1 where both figures are independent); Y on 1 (1 independent).');
  });

  it('exports each row with both sides\' sources, and the facts side by side', () => {
    const rows = compareExportRows(base, headToHead(base, 'model-x', 'model-y'));
    expect(rows[0]).toMatchObject({ benchmark: 'arena-elo', score_a: 1450, score_b: 1490, ahead: 'model-y', both_independent: true, source_a: 'board-snapshot' });
    expect(factPairs(base, 'model-x', 'model-y').map((f) => f.label)).toContain('API price');
  });
});

describe('pairs', () => {
  it('names a pair by its ids in alphabetical order, whichever order they come in', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), (x, y) => {
      expect(pairId(x, y)).toBe(pairId(y, x));
      expect(comparePath(x, y).startsWith(`/compare/${x < y ? x : y}-vs-`)).toBe(true);
    }));
    expect(reversedPath({ id: 'a-vs-b', a: 'a', b: 'b', reasons: [] })).toBe('/compare/b-vs-a/');
  });

  it('chooses at least the pairs issue 13 asks for from the project\'s data', () => {
    const data = validateDir(join(import.meta.dirname, '../../data')).dataset;
    const ids = new Set(comparePairs(data, claimRivals(judgeAll(data, articleText(readFileSync)))).map((p) => p.id));
    const required = ['claude-opus-4-8', 'claude-fable-5', 'gpt-5-5', 'gemini-3-1-pro', 'gpt-5-4',
      ...[...data.models].filter(([id, m]) => m.openWeights.value && typeof m.totalParameters.value === 'number' && originOfModel(data, id) === 'west').map(([id]) => id)];
    expect(required.length).toBeGreaterThan(10);
    expect(required.filter((m) => !ids.has(pairId('glm-5-2', m)))).toEqual([]);
  });

  it('keeps every compare page permalinks.txt lists, and chooses no more than 5 contemporaries per Chinese model', () => {
    const data = validateDir(join(import.meta.dirname, '../../data')).dataset;
    const published = pairsInPaths(parseManifest(readFileSync(join(import.meta.dirname, '../../permalinks.txt'), 'utf8')));
    expect(published.length).toBeGreaterThan(200);
    const pairs = comparePairs(data, claimRivals(judgeAll(data, articleText(readFileSync))), published);
    const ids = new Set(pairs.map((p) => p.id));
    expect(published.filter(([a, b]) => !ids.has(pairId(a, b)))).toEqual([]);
    for (const [id] of data.models) if (originOfModel(data, id) === 'china') expect(pairs.filter((p) => (p.a === id || p.b === id) && p.reasons.includes(4)).length).toBeLessThanOrEqual(5);
    expect(pairsInPaths(['/compare/', '/compare/a-vs-b/', '/compare/b-vs-a/', '/compare/a-vs-b.csv'])).toEqual([['a', 'b']]);
  });
});
