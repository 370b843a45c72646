/**
 * The per-build index charts are computed from: measurements (src/lib/measurements.ts, one
 * per number measured once, however many documents print it) grouped by bar chart, conflicts
 * found once. Memoised per dataset object so a few hundred chart pages stay cheap.
 */
import { findConflicts, type Conflict } from '../conflicts';
import type { Dataset } from '../dataset';
import { measurementsOf, type Measurement } from '../measurements';
import { conflictIndex } from './figures';
import { barChartId, variantKey, variantSlug } from './ids';

export interface BarGroup {
  id: string;
  benchmark: string;
  /** The variant as first written (alphabetically), undefined for figures without one. */
  variant?: string | undefined;
  /** The measurements drawn, one bar each. */
  measurements: Measurement[];
}

export interface ChartIndex {
  /** Bar groups by chart id, in id order. */
  groups: Map<string, BarGroup>;
  conflicts: Map<string, Conflict>;
}

const memo = new WeakMap<Dataset, ChartIndex>();

/**
 * Groups the dataset's measurements into bar charts: one per benchmark and variant (variants equal
 * up to case and punctuation are one). Throws when two different variants would share an id,
 * with the fix.
 */
export function chartIndex(data: Dataset): ChartIndex {
  const hit = memo.get(data);
  if (hit) return hit;
  const byKey = new Map<string, BarGroup>();
  for (const m of measurementsOf(data)) {
    if (!data.benchmarks.has(m.benchmark)) continue;
    const key = `${m.benchmark}|${variantKey(m.variant)}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { id: barChartId(m.benchmark, m.variant), benchmark: m.benchmark, variant: m.variant, measurements: [] }));
    g.measurements.push(m);
    // The id follows the alphabetically first spelling of the variant among all citations.
    for (const { variant } of m.citations) {
      if (variant && g.variant && variantSlug(variant) < variantSlug(g.variant)) {
        g.variant = variant;
        g.id = barChartId(m.benchmark, variant);
      }
    }
  }
  const groups = new Map<string, BarGroup>();
  for (const g of [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const clash = groups.get(g.id);
    if (clash)
      throw new Error(`chart id "${g.id}" would name two charts: variants "${clash.variant ?? ''}" and "${g.variant ?? ''}" of ${g.benchmark} (write the variant the same way in both results files, or make the names differ by a letter or digit)`);
    groups.set(g.id, g);
  }
  const index = { groups, conflicts: conflictIndex(findConflicts(data)) };
  memo.set(data, index);
  return index;
}
