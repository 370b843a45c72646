/**
 * The pair rule on generated model sets: rule 4 grows linearly with models (each Chinese model
 * gets at most MAX_CONTEMPORARIES Western contemporaries, nearest first), and a pair published
 * before always keeps its page (rule 5).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePairs, contemporaries, CONTEMPORARY_DAYS, MAX_CONTEMPORARIES, pairId } from '../../src/lib/compare/pairs';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import type { Model } from '../../src/schemas';
import { daysBetween } from '../../src/lib/text';
import { validateCase } from '../support/fixtures';

const base = validateCase().dataset;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
/** Benchmark copies, so that generated models share three (or, with `extra`, four) like-for-like benchmarks. */
const COPIES = ['bench-pct-b', 'bench-pct-c'];

/**
 * Chinese models `c-<i>` (copies of Model X) and Western models `w-<i>` (copies of Model Y),
 * released `offset` days into 2026; a Western model in `extra` has one more shared benchmark.
 */
function synthetic(china: number[], west: number[], extra: ReadonlySet<number> = new Set()): Dataset {
  const models = new Map<string, Model>();
  const results: ResultRow[] = [];
  const benchmarks = new Map(base.benchmarks);
  for (const c of COPIES) benchmarks.set(c, base.benchmarks.get('bench-pct')!);
  const copy = (template: string, id: string, offset: number, copies: string[]) => {
    const m = base.models.get(template)!;
    models.set(id, { ...m, name: id, released: { ...m.released, value: day(offset) } });
    for (const r of base.results.filter((r) => r.model === template)) {
      results.push({ ...r, model: id });
      if (r.benchmark === 'bench-pct') for (const b of copies) results.push({ ...r, model: id, benchmark: b });
    }
  };
  china.forEach((o, i) => copy('model-x', `c-${i}`, o, COPIES));
  west.forEach((o, i) => copy('model-y', `w-${i}`, o, extra.has(i) ? COPIES : COPIES.slice(0, 1)));
  return { ...base, models, benchmarks, results };
}

const offsets = (max: number) => fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: max });

describe('pair rule 4: nearest Western contemporaries, at most MAX_CONTEMPORARIES each', () => {
  it('grows at most linearly: no more than MAX_CONTEMPORARIES pairs per Chinese model, so ≤ K·n in all', () => {
    fc.assert(fc.property(offsets(14), offsets(14), (china, west) => {
      const data = synthetic(china, west);
      const pairs = comparePairs(data);
      expect(pairs.length).toBeLessThanOrEqual(MAX_CONTEMPORARIES * data.models.size);
      for (let i = 0; i < china.length; i++) expect(pairs.filter((p) => p.a === `c-${i}`).length).toBeLessThanOrEqual(MAX_CONTEMPORARIES);
    }), { numRuns: 40 });
  });

  it('takes the nearest release dates first: every contemporary left out is at least as far as every one chosen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), offsets(14), (c, west) => {
      const data = synthetic([c], west);
      const ws = west.map((_, i) => `w-${i}`);
      const chosen = contemporaries(data, 'c-0', ws);
      const far = (w: string) => Math.abs(daysBetween(data.models.get('c-0')!.released.value, data.models.get(w)!.released.value));
      const near = ws.filter((w) => far(w) <= CONTEMPORARY_DAYS);
      expect(chosen.length).toBe(Math.min(MAX_CONTEMPORARIES, near.length));
      for (const w of near.filter((w) => !chosen.includes(w))) for (const x of chosen) expect(far(w)).toBeGreaterThanOrEqual(far(x));
    }), { numRuns: 60 });
  });

  it('breaks a tie in release date by more shared like-for-like benchmarks, then by id', () => {
    const data = synthetic([10], [0, 20, 0, 20, 0, 20, 30], new Set([5]));
    expect(contemporaries(data, 'c-0', [...data.models.keys()].filter((m) => m.startsWith('w-')))).toEqual(['w-5', 'w-0', 'w-1', 'w-2', 'w-3']);
  });

  it('is the same whatever order the models come in', () => {
    const data = synthetic([0, 5, 40, 41], [0, 1, 2, 3, 4, 5, 6, 40, 80, 200]);
    const reversed = { ...data, models: new Map([...data.models].reverse()) };
    expect(comparePairs(reversed)).toEqual(comparePairs(data));
  });
});

describe('pair rule 5: a pair published before keeps its page', () => {
  it('keeps every published pair of two existing models, and changes nothing the other rules chose', () => {
    fc.assert(fc.property(offsets(8), offsets(8), fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.boolean())), (china, west, picks) => {
      const data = synthetic(china, west);
      const published = picks.map(([i, j, cw]) => [cw ? `c-${i}` : `w-${i}`, `w-${j}`] as const);
      const before = comparePairs(data);
      const after = comparePairs(data, [], published);
      const ids = new Map(after.map((p) => [p.id, p]));
      for (const [x, y] of published)
        if (x !== y && data.models.has(x) && data.models.has(y)) expect(ids.has(pairId(x, y))).toBe(true);
        else expect(ids.has(pairId(x, y))).toBe(false);
      for (const p of before) expect(ids.get(p.id)).toEqual(p);
      for (const p of after) if (!before.some((q) => q.id === p.id)) expect(p.reasons).toEqual([5]);
    }), { numRuns: 40 });
  });
});
