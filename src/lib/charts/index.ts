/**
 * The per-build index charts are computed from: result rows grouped by bar chart, conflicts
 * found once. Memoised per dataset object so a few hundred chart pages stay cheap.
 */
import { findConflicts, type Conflict } from '../conflicts';
import type { Dataset, ResultRow } from '../dataset';
import { conflictIndex } from './figures';
import { barChartId, variantKey, variantSlug } from './ids';

export interface BarGroup {
  id: string;
  benchmark: string;
  /** The variant as first written (alphabetically), undefined for figures without one. */
  variant?: string | undefined;
  rows: ResultRow[];
}

export interface ChartIndex {
  /** Bar groups by chart id, in id order. */
  groups: Map<string, BarGroup>;
  conflicts: Map<string, Conflict>;
}

const memo = new WeakMap<Dataset, ChartIndex>();

/**
 * Groups the dataset's figures into bar charts: one per benchmark and variant (variants equal
 * up to case and punctuation are one). Throws when two different variants would share an id,
 * with the fix.
 */
export function chartIndex(data: Dataset): ChartIndex {
  const hit = memo.get(data);
  if (hit) return hit;
  const byKey = new Map<string, BarGroup>();
  for (const row of data.results) {
    if (!data.benchmarks.has(row.benchmark)) continue;
    const key = `${row.benchmark}|${variantKey(row.variant)}`;
    const g = byKey.get(key);
    if (!g) byKey.set(key, { id: barChartId(row.benchmark, row.variant), benchmark: row.benchmark, variant: row.variant, rows: [row] });
    else {
      g.rows.push(row);
      if (row.variant && g.variant && variantSlug(row.variant) < variantSlug(g.variant)) {
        g.variant = row.variant;
        g.id = barChartId(row.benchmark, row.variant);
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
