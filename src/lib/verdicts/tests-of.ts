/**
 * Which tests a score comparison counts. The benchmarks come from a stated rule over benchmark
 * data (their categories), never a hand list; and a test counts once: versions of one
 * benchmark (the same name: Terminal-Bench 2.0, 2.1, 3.0) and its variants (HLE with and
 * without tools, LiveBench's sub-boards) are one test with one vote.
 */
import type { Benchmark } from '../../schemas';
import type { Dataset } from '../dataset';
import { variantKey } from '../measurements';

/** One test: every benchmark id (a version) of one name, and the variants measured on it. */
export interface TestFamily {
  /** The family's key: the benchmark name, lowercased. */
  key: string;
  /** Display name of the family. */
  name: string;
  /** Its benchmark ids, newest version first. */
  benchmarks: string[];
}

/**
 * The family key of a benchmark: its name without qualifiers in brackets ("(Artificial Analysis
 * run)", "(version in force on …)") or a trailing version or year ("2.1", "v2", "2026"), ignoring
 * case and punctuation. "Terminal-Bench 2.1 (Artificial Analysis run)" and "Terminal-Bench" are
 * one test; "Terminal-Bench Hard" is another.
 */
export const familyKey = (b: Pick<Benchmark, 'name'>) =>
  b.name
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(\s+v?\d+(\.\d+)*)+\s*$/u, '')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const byVersionDesc = (data: Dataset) => (a: string, b: string) =>
  (data.benchmarks.get(b)?.version ?? '').localeCompare(data.benchmarks.get(a)?.version ?? '', 'en', { numeric: true }) || a.localeCompare(b);

/** The tests in `categories`, one family per benchmark name, in name order. */
export function testFamilies(data: Dataset, categories: readonly string[]): TestFamily[] {
  const families = new Map<string, TestFamily>();
  for (const [id, b] of data.benchmarks) {
    if (!categories.includes(b.category)) continue;
    const key = familyKey(b);
    const f = families.get(key) ?? { key, name: b.name, benchmarks: [] };
    f.benchmarks.push(id);
    families.set(key, f);
  }
  return [...families.values()]
    .map((f) => ({ ...f, benchmarks: f.benchmarks.sort(byVersionDesc(data)) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The variants measured on a benchmark, by variant key ('' = no variant), unqualified first. */
export function variantsOf(variants: Iterable<string | undefined>): (string | undefined)[] {
  const seen = new Map<string, string | undefined>();
  for (const v of variants) if (!seen.has(variantKey(v))) seen.set(variantKey(v), v);
  return [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v); // '' (unqualified) sorts first
}
