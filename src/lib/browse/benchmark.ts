/** What a benchmark page shows: its other versions and every figure, grouped by variant. */
import type { Dataset } from '../dataset';
import { scaledScore } from '../measurements';
import { benchmarkLabel } from './format';
import { describeRows, type RowView } from './rows';

/** Other benchmarks with the same name (other versions, or the same test run by another board). */
export function otherVersions(data: Pick<Dataset, 'benchmarks'>, benchmarkId: string): { id: string; label: string }[] {
  const name = data.benchmarks.get(benchmarkId)?.name.trim().toLowerCase();
  return [...data.benchmarks]
    .filter(([id, b]) => id !== benchmarkId && b.name.trim().toLowerCase() === name)
    .map(([id, b]) => ({ id, label: benchmarkLabel(b) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
}

/** The figures of one variant ("" = the main score). */
export interface VariantGroup {
  variant: string;
  rows: RowView[];
}

/**
 * Every figure on a benchmark, grouped by variant (main score first), best score first
 * within a group (by the benchmark's direction), then by model and source.
 */
export function resultsByVariant(data: Dataset, benchmarkId: string): VariantGroup[] {
  const higher = data.benchmarks.get(benchmarkId)?.higherIsBetter ?? true;
  const groups = new Map<string, RowView[]>();
  for (const view of describeRows(data, data.results.filter((r) => r.benchmark === benchmarkId))) {
    const v = view.row.variant ?? '';
    groups.set(v, [...(groups.get(v) ?? []), view]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([variant, rows]) => ({
      variant,
      rows: rows.sort(
        (a, b) => (higher ? scaledScore(b.row) - scaledScore(a.row) : scaledScore(a.row) - scaledScore(b.row)) ||
          a.row.model.localeCompare(b.row.model) || a.row.source.localeCompare(b.row.source),
      ),
    }));
}
