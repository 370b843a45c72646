/**
 * Two models head to head: every benchmark where both have a measurement under compatible
 * test conditions (settings.ts decides), side by side with the difference; benchmarks where
 * the settings do not match (named, not compared); benchmarks only one side has. Rows rest on
 * measurements (measurements.ts), never on raw rows. Pure.
 */
import type { Dataset } from '../dataset';
import { measurementsOf, variantKey, type Measurement } from '../measurements';
import { compareSettings, describeMismatch, TEST_CONDITIONS } from '../settings';
import { benchmarkTitle } from '../charts/format';

/** One benchmark both models were measured on alike. */
export interface CompareRow {
  key: string;
  benchmark: string;
  variant?: string | undefined;
  label: string;
  a: Measurement;
  b: Measurement;
  /** a − b in the benchmark's unit. */
  diff: number;
  /** Who is better on it ("tie" when equal). */
  ahead: 'a' | 'b' | 'tie';
  /** The difference in percentage points of a bounded scale, or rating points (Elo), signed for "a is better". */
  gap: number;
  gapUnit: 'points' | 'rating';
  /** Both sides measured by independent evaluators. */
  independent: boolean;
  /** One organization measured both. */
  sameMeasurer: boolean;
  /** Further like-for-like pairs on this benchmark not shown in the row. */
  otherPairs: number;
}

/** A benchmark both were measured on, but never under the same test conditions. */
export interface MismatchRow { key: string; benchmark: string; label: string; a: Measurement; b: Measurement; why: string }

/** A benchmark only one side has a figure on. */
export interface OneSided { key: string; benchmark: string; label: string; measurements: Measurement[] }

export interface HeadToHead {
  a: string;
  b: string;
  /** Independent pairs first, then by benchmark. */
  rows: CompareRow[];
  mismatched: MismatchRow[];
  onlyA: OneSided[];
  onlyB: OneSided[];
}

const keyOf = (m: Measurement) => `${m.benchmark}|${variantKey(m.variant)}`;

/** Pair strength: one independent evaluator measured both (0), both independent (1), one measurer (2), other (3). */
const rank = (x: Measurement, y: Measurement) =>
  x.provenance === 'independent' && y.provenance === 'independent' ? (x.measurer === y.measurer ? 0 : 1) : x.measurer === y.measurer ? 2 : 3;

const newest = (x: Measurement) => x.firstPublished ?? '';

function byBenchmark(ms: Measurement[]) {
  const out = new Map<string, Measurement[]>();
  for (const m of ms) out.set(keyOf(m), [...(out.get(keyOf(m)) ?? []), m]);
  return out;
}

const memo = new WeakMap<Dataset, Map<string, Measurement[]>>();
function measurementsByModel(data: Dataset) {
  let hit = memo.get(data);
  if (!hit) {
    hit = new Map();
    for (const m of measurementsOf(data)) hit.set(m.model, [...(hit.get(m.model) ?? []), m]);
    memo.set(data, hit);
  }
  return hit;
}

/**
 * The head-to-head of models `a` and `b`.
 * @param data the dataset
 */
export function headToHead(data: Dataset, a: string, b: string): HeadToHead {
  const ofA = byBenchmark(measurementsByModel(data).get(a) ?? []);
  const ofB = byBenchmark(measurementsByModel(data).get(b) ?? []);
  const label = (m: Measurement) => {
    const bench = data.benchmarks.get(m.benchmark);
    return bench ? benchmarkTitle(bench.name, bench.version, m.variant) : m.benchmark;
  };
  const rows: CompareRow[] = [];
  const mismatched: MismatchRow[] = [];
  for (const [key, as] of ofA) {
    const bs = ofB.get(key);
    if (!bs) continue;
    const pairs = as.flatMap((x) => bs.map((y) => ({ x, y, c: compareSettings(x.settings, y.settings, TEST_CONDITIONS) })))
      .sort((p, q) => rank(p.x, p.y) - rank(q.x, q.y) || (newest(q.x) + newest(q.y)).localeCompare(newest(p.x) + newest(p.y)) || p.x.id.localeCompare(q.x.id) || p.y.id.localeCompare(q.y.id));
    const like = pairs.filter((p) => p.c.status === 'same');
    const first = like[0] ?? pairs[0]!;
    const bench = data.benchmarks.get(first.x.benchmark);
    if (!like.length || !bench) {
      mismatched.push({ key, benchmark: first.x.benchmark, label: label(first.x), a: first.x, b: first.y, why: describeMismatch(first.x.settings, first.y.settings, first.c) || 'benchmark not in the data' });
      continue;
    }
    const diff = first.x.score - first.y.score;
    const better = diff * (bench.higherIsBetter ? 1 : -1);
    const { min, max } = bench.range;
    const bounded = min !== null && max !== null && max > min;
    rows.push({
      key, benchmark: first.x.benchmark, variant: first.x.variant, label: label(first.x), a: first.x, b: first.y, diff,
      ahead: better > 0 ? 'a' : better < 0 ? 'b' : 'tie',
      gap: bounded ? (better * 100) / (max - min) : better, gapUnit: bounded ? 'points' : 'rating',
      independent: rank(first.x, first.y) <= 1, sameMeasurer: first.x.measurer === first.y.measurer, otherPairs: like.length - 1,
    });
  }
  rows.sort((p, q) => Number(q.independent) - Number(p.independent) || p.label.localeCompare(q.label));
  mismatched.sort((p, q) => p.label.localeCompare(q.label));
  const only = (mine: Map<string, Measurement[]>, theirs: Map<string, Measurement[]>) =>
    [...mine].filter(([k]) => !theirs.has(k)).map(([key, ms]) => ({ key, benchmark: ms[0]!.benchmark, label: label(ms[0]!), measurements: ms }))
      .sort((p, q) => p.label.localeCompare(q.label));
  return { a, b, rows, mismatched, onlyA: only(ofA, ofB), onlyB: only(ofB, ofA) };
}

/** The computed summary of a head-to-head. */
export interface CompareSummary {
  total: number; aheadA: number; aheadB: number; ties: number;
  independent: number; independentA: number; independentB: number;
}

/** Counts of who is ahead, over all like-for-like benchmarks and over the independent ones. */
export function summarize(h: HeadToHead): CompareSummary {
  const count = (rs: CompareRow[], who: CompareRow['ahead']) => rs.filter((r) => r.ahead === who).length;
  const ind = h.rows.filter((r) => r.independent);
  return {
    total: h.rows.length, aheadA: count(h.rows, 'a'), aheadB: count(h.rows, 'b'), ties: count(h.rows, 'tie'),
    independent: ind.length, independentA: count(ind, 'a'), independentB: count(ind, 'b'),
  };
}

/** The summary as a sentence: "GLM-5.2 is ahead on 3 of 14 like-for-like benchmarks (1 of 6 independent); GPT-5.5 on 10; 1 tie." */
export function summaryText(s: CompareSummary, nameA: string, nameB: string): string {
  if (!s.total) return `No benchmark has like-for-like figures for ${nameA} and ${nameB}.`;
  const ind = s.independent ? ` (${s.independentA} of ${s.independent} where both figures are independent)` : ' (none where both figures are independent)';
  const ties = s.ties ? `; ${s.ties} tie${s.ties === 1 ? '' : 's'}` : '';
  return `${nameA} is ahead on ${s.aheadA} of ${s.total} like-for-like benchmark${s.total === 1 ? '' : 's'}${ind}; ${nameB} on ${s.aheadB}${s.independent ? ` (${s.independentB} independent)` : ''}${ties}.`;
}
