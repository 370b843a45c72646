/**
 * Settings over the real data: one source never prints two different numbers for one model,
 * benchmark and variant under settings that compare as the same. Two such numbers are two
 * conditions (base vs instruct, thinking on vs off, text-only vs full set, two harnesses) and
 * the condition that tells them apart must be a compared setting, or they read as one
 * measurement printed twice, and as a conflict inside one document.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import { validateDir } from '../../src/lib/load';
import { variantKey } from '../../src/lib/measurements';
import { compareSettings } from '../../src/lib/settings';

const ROOT = join(import.meta.dirname, '..', '..');

describe('settings in data/', () => {
  it('tell apart every pair of different scores one source prints for one model, benchmark and variant', () => {
    const { dataset, problems } = validateDir(join(ROOT, 'data'), '2026-12-31', ROOT);
    expect(problems).toEqual([]);
    const groups = new Map<string, ResultRow[]>();
    for (const r of dataset?.results ?? []) {
      const key = [r.source, r.model, r.benchmark, variantKey(r.variant)].join('|');
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const clashes: string[] = [];
    for (const rows of groups.values())
      for (const [i, a] of rows.entries())
        for (const b of rows.slice(i + 1))
          if (a.score !== b.score && compareSettings(a.settings, b.settings).status === 'same')
            clashes.push(`${a.source}: ${a.model} on ${a.benchmark} prints ${a.score} (row ${a.index}) and ${b.score} (row ${b.index}) under the same stated settings`);
    expect(clashes).toEqual([]);
  });
});
