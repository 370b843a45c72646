/** One vote per test (src/lib/verdicts/tests-of.ts): which benchmarks are one test, and their variants. */
import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../src/schemas';
import type { Dataset } from '../../src/lib/dataset';
import { familyKey, testFamilies, variantsOf } from '../../src/lib/verdicts/tests-of';

const key = (name: string) => familyKey({ name });

describe('familyKey', () => {
  it('drops qualifiers in brackets and a trailing version', () => {
    expect(key('Terminal-Bench 2.1 (Artificial Analysis run)')).toBe('terminal bench');
    expect(key('(AA) Terminal-Bench')).toBe('terminal bench');
    expect(key('Terminal-Bench')).toBe('terminal bench');
  });
  it('drops trailing versions and years of any length, with or without "v"', () => {
    expect(key('Bench 2.1')).toBe('bench');
    expect(key('Bench 2.10')).toBe('bench');
    expect(key('Bench 2026')).toBe('bench');
    expect(key('Bench v2')).toBe('bench');
    expect(key('Bench 2026 v2')).toBe('bench');
  });
  it('keeps numbers that are part of the name or not at its end', () => {
    expect(key('AIME25')).toBe('aime25');
    expect(key('AIME25 Hard')).toBe('aime25 hard');
    expect(key('Tau 2 Bench')).toBe('tau 2 bench');
    expect(key('Terminal-Bench Hard')).toBe('terminal bench hard');
  });
  it('ignores case and punctuation, dots included', () => {
    expect(key('SWE-Bench. Verified')).toBe('swe bench verified');
    expect(key('swe bench verified')).toBe(key('SWE–Bench: Verified'));
  });
});

describe('testFamilies', () => {
  const b = (name: string, category: string, version: string | null = null) => ({ name, category, version }) as unknown as Benchmark;
  const data = {
    benchmarks: new Map([
      ['tb-2-0', b('Terminal-Bench', 'agentic-coding', '2.0')],
      ['tb-10', b('Terminal-Bench', 'agentic-coding', '10')],
      ['tb-aa', b('Terminal-Bench 2.1 (Artificial Analysis run)', 'agentic-coding')],
      ['tb-2-1', b('Terminal-Bench', 'agentic-coding', '2.1')],
      ['tb-2-1-b', b('Terminal-Bench', 'agentic-coding', '2.1')],
      ['hard', b('Terminal-Bench Hard', 'agentic-coding')],
      ['arena', b('Arena', 'human-preference')],
    ]),
  } as unknown as Dataset;
  it('groups versions and copies of one benchmark, newest version first (numerically), unversioned last', () => {
    expect(testFamilies(data, ['agentic-coding'])).toEqual([
      { key: 'terminal bench', name: 'Terminal-Bench', benchmarks: ['tb-10', 'tb-2-1', 'tb-2-1-b', 'tb-2-0', 'tb-aa'] },
      { key: 'terminal bench hard', name: 'Terminal-Bench Hard', benchmarks: ['hard'] },
    ]);
  });
  it('takes only the categories asked for, in key order', () => {
    expect(testFamilies(data, ['human-preference']).map((f) => f.benchmarks)).toEqual([['arena']]);
    expect(testFamilies(data, ['human-preference', 'agentic-coding']).map((f) => f.key)).toEqual(['arena', 'terminal bench', 'terminal bench hard']);
    expect(testFamilies(data, [])).toEqual([]);
  });
});

describe('variantsOf', () => {
  it('keeps one spelling per variant, the unqualified first, the rest in key order', () => {
    expect(variantsOf(['Style Control', 'b', undefined, 'style-control', 'Alpha', ''])).toEqual([undefined, 'Alpha', 'b', 'Style Control']);
    expect(variantsOf(['b', 'a', undefined])).toEqual([undefined, 'a', 'b']);
    expect(variantsOf(['b', 'a'])).toEqual(['a', 'b']);
  });
});
