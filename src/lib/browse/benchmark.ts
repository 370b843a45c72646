/** What a benchmark page shows: its other versions and every figure, grouped by variant, a row per measurement. */
import type { Dataset } from '../dataset';
import { measurementOfRow, scaledScore } from '../measurements';
import { benchmarkLabel } from './format';
import { describeMeasurements, type MeasurementView } from './measurement-rows';
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
  /** Every citation, one per document. */
  rows: RowView[];
  /** The same figures as measurements (best first), each with its citations. */
  measurements: MeasurementView[];
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
    .map(([variant, rows]) => {
      const score = (v: RowView) => measurementOfRow(data, v.row)?.score ?? scaledScore(v.row);
      const sorted = rows.sort(
        (a, b) => (higher ? score(b) - score(a) : score(a) - score(b)) ||
          a.row.model.localeCompare(b.row.model) || a.row.source.localeCompare(b.row.source),
      );
      return { variant, rows: sorted, measurements: describeMeasurements(data, sorted.map((v) => v.row)) };
    });
}
