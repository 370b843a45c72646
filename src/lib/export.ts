/**
 * The dataset as published files: flat result rows (JSON and CSV), models and sources, each
 * with the licence and how to cite it. Pure: the pages under src/pages/data/ only serialise.
 */
import type { Dataset } from './dataset';
import { dataAsOf, datasetVersion } from './dataset-version';
import { isSecondary, provenanceOfRow, type Provenance } from './provenance';
import { describeSettings } from './settings';
import { csvTable, type CsvValue } from './csv';

export const DATA_LICENSE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) for the compilation; each figure is a fact published by the source named in its row.';

/** One published figure as a flat row. */
export interface ExportRow {
  model: string; model_name: string; developer: string;
  benchmark: string; benchmark_name: string; benchmark_version: string | null; variant: string;
  settings: string; reasoning_effort: string; tools: string; harness: string; attempts: number | null;
  score: number; unit: string;
  source: string; source_title: string; source_url: string; read_from: string; locator: string;
  reported_by: string; provenance: Provenance; secondary: boolean; published: string | null; retrieved: string;
}

/** Every result as a flat row, in a stable order. */
export function exportRows(data: Dataset): ExportRow[] {
  return data.results.map((r) => {
    const m = data.models.get(r.model);
    const b = data.benchmarks.get(r.benchmark);
    const s = data.sources.get(r.source);
    return {
      model: r.model, model_name: m?.name ?? r.model, developer: m?.developer ?? '',
      benchmark: r.benchmark, benchmark_name: b?.name ?? r.benchmark, benchmark_version: b?.version ?? null, variant: r.variant ?? '',
      settings: describeSettings(r.settings), reasoning_effort: r.settings.reasoningEffort ?? '', tools: r.settings.tools ?? '',
      harness: r.settings.harness ?? '', attempts: r.settings.attempts ?? null,
      score: r.score, unit: b?.unit ?? '',
      source: r.source, source_title: s?.title ?? '', source_url: s?.url ?? '', read_from: s?.readFrom?.url ?? '', locator: r.locator,
      reported_by: r.submittedBy ?? s?.relays ?? s?.publisher ?? '', provenance: provenanceOfRow(data, r) ?? 'independent',
      secondary: isSecondary(data, r.source), published: s?.published ?? null, retrieved: s?.retrieved ?? '',
    };
  });
}

/** The citation of the dataset as a whole. */
export function datasetCitation(data: Dataset, siteUrl: string): string {
  return `Benchmark Ledger (${dataAsOf(data).slice(0, 4)}). Published AI benchmark results, dataset version ${datasetVersion(data)}, data as of ${dataAsOf(data)}. ${siteUrl}`;
}

/** The envelope every JSON export shares: what it is, its version, licence and citation. */
export function envelope<T>(data: Dataset, siteUrl: string, what: string, items: T) {
  return {
    dataset: 'Benchmark Ledger', what, version: datasetVersion(data), dataAsOf: dataAsOf(data),
    license: DATA_LICENSE, cite: datasetCitation(data, siteUrl), items,
  };
}

/** RFC 4180 CSV through the one CSV writer (src/lib/csv.ts): formulas neutralised, numbers as they are. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T)[]): string {
  return csvTable(columns.map(String), rows.map((r) => columns.map((c) => r[c] as CsvValue)));
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  'model', 'model_name', 'developer', 'benchmark', 'benchmark_name', 'benchmark_version', 'variant', 'settings',
  'reasoning_effort', 'tools', 'harness', 'attempts', 'score', 'unit', 'source', 'source_title', 'source_url', 'read_from',
  'locator', 'reported_by', 'provenance', 'secondary', 'published', 'retrieved',
];
