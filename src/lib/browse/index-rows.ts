/**
 * Rows of the index pages (/models/, /benchmarks/, /sources/) with the values their filters
 * match on. Filters run in the browser on `data-*` attributes; the full list is plain HTML.
 */
import type { Dataset } from '../dataset';
import { ORIGIN_LABELS, originOfModel, type Origin } from '../origin';
import { firstIndependentResult, type FirstIndependent } from './coverage';
import { benchmarkLabel } from './format';
import { measurementsOf } from '../measurements';
import { isSecondary } from '../provenance';

/** One choice of a filter <select>. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The distinct values of `values`, labelled and sorted by label. */
export function filterOptions(values: Iterable<string>, labelOf: (v: string) => string = (v) => v): FilterOption[] {
  return [...new Set(values)].map((value) => ({ value, label: labelOf(value) })).sort((a, b) => a.label.localeCompare(b.label));
}

const orgName = (data: Pick<Dataset, 'organizations'>, id: string) => data.organizations.get(id)?.name ?? id;

export interface ModelIndexRow {
  id: string;
  name: string;
  developer: string;
  developerName: string;
  origin: Origin;
  originLabel: string;
  openWeights: boolean;
  released: string;
  /** Citations: rows of results files about it. */
  results: number;
  /** Measurements: numbers measured once, however many documents print them. */
  measurements: number;
  firstIndependent: FirstIndependent | null;
}

/** One row per model, by name. */
export function modelIndex(data: Dataset): ModelIndexRow[] {
  return [...data.models]
    .map(([id, m]) => {
      const origin = originOfModel(data, id);
      return {
        id, name: m.name, developer: m.developer, developerName: orgName(data, m.developer), origin,
        originLabel: ORIGIN_LABELS[origin], openWeights: m.openWeights.value, released: m.released.value,
        results: data.results.filter((r) => r.model === id).length, measurements: measurementsOf(data).filter((x) => x.model === id).length, firstIndependent: firstIndependentResult(data, id),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

export interface BenchmarkIndexRow {
  id: string;
  label: string;
  category: string;
  unit: string;
  /** Citations: rows of results files on it. */
  results: number;
  /** Measurements: numbers measured once, however many documents print them. */
  measurements: number;
  models: number;
}

/** One row per benchmark, by name and version. */
export function benchmarkIndex(data: Dataset): BenchmarkIndexRow[] {
  return [...data.benchmarks]
    .map(([id, b]) => {
      const rows = data.results.filter((r) => r.benchmark === id);
      const measurements = measurementsOf(data).filter((m) => m.benchmark === id).length;
      return { id, label: benchmarkLabel(b), category: b.category, unit: b.unit, results: rows.length, measurements, models: new Set(rows.map((r) => r.model)).size };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }) || a.id.localeCompare(b.id));
}

export interface SourceIndexRow {
  id: string;
  title: string;
  publisher: string;
  publisherName: string;
  kind: string;
  published: string | null;
  secondary: boolean;
  results: number;
}

/** One row per source, newest first. */
export function sourceIndex(data: Dataset): SourceIndexRow[] {
  return [...data.sources]
    .map(([id, s]) => ({
      id, title: s.title, publisher: s.publisher, publisherName: orgName(data, s.publisher), kind: s.kind,
      published: s.published, secondary: isSecondary(data, id), results: data.results.filter((r) => r.source === id).length,
    }))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
}
