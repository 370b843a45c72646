/**
 * The dataset as published files: flat result rows, one per citation (JSON and CSV, each with
 * the id of the measurement it cites), measurements with their citations, models and sources,
 * each with the licence and how to cite it. Pure: the pages under src/pages/data/ only serialise.
 */
import type { Settings } from '../schemas';
import { findConflicts } from './conflicts';
import { relabelOfMeasurement } from './relabels';
import type { Dataset } from './dataset';
import { dataAsOf, datasetVersion } from './dataset-version';
import { measurementOfRow, measurementsOf, type Interval } from './measurements';
import { isSecondary, provenanceOfRow, type Provenance } from './provenance';
import { describeSettings } from './settings';
import { csvTable, type CsvValue } from './csv';
import { copyRead } from './read-from';

export const DATA_LICENSE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) for the compilation; each figure is a fact published by the source named in its row.';

/** One citation of a figure (a row of a results file) as a flat row. */
export interface ExportRow {
  /** The measurement this row cites (src/lib/measurements.ts); rows that print the same number once measured share it. */
  measurement_id: string;
  model: string; model_name: string; developer: string;
  benchmark: string; benchmark_name: string; benchmark_version: string | null; variant: string;
  settings: string; reasoning_effort: string; tools: string; harness: string; attempts: number | null;
  score: number; unit: string; scale: string;
  source: string; source_title: string; source_url: string; read_from: string; locator: string;
  reported_by: string; provenance: Provenance; secondary: boolean; published: string | null; retrieved: string;
}

/** Every result as a flat row (one per citation), in a stable order. */
export function exportRows(data: Dataset): ExportRow[] {
  return data.results.map((r) => {
    const m = data.models.get(r.model);
    const b = data.benchmarks.get(r.benchmark);
    const s = data.sources.get(r.source);
    return {
      measurement_id: measurementOfRow(data, r)?.id ?? '',
      model: r.model, model_name: m?.name ?? r.model, developer: m?.developer ?? '',
      benchmark: r.benchmark, benchmark_name: b?.name ?? r.benchmark, benchmark_version: b?.version ?? null, variant: r.variant ?? '',
      settings: describeSettings(r.settings), reasoning_effort: r.settings.reasoningEffort ?? '', tools: r.settings.tools ?? '',
      harness: r.settings.harness ?? '', attempts: r.settings.attempts ?? null,
      score: r.score, unit: b?.unit ?? '', scale: r.scale ?? '',
      source: r.source, source_title: s?.title ?? '', source_url: s?.url ?? '', read_from: copyRead(s?.readFrom), locator: r.locator,
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
  'measurement_id', 'model', 'model_name', 'developer', 'benchmark', 'benchmark_name', 'benchmark_version', 'variant', 'settings',
  'reasoning_effort', 'tools', 'harness', 'attempts', 'score', 'unit', 'scale', 'source', 'source_title', 'source_url', 'read_from',
  'locator', 'reported_by', 'provenance', 'secondary', 'published', 'retrieved',
];

/** One measurement with every document that prints it, for /data/measurements.json. */
export interface MeasurementExport {
  id: string;
  model: string; model_name: string;
  benchmark: string; benchmark_name: string; benchmark_version: string | null; variant: string;
  /** Organization id of who measured it, and its name. */
  measured_by: string; measured_by_name: string;
  provenance: Provenance;
  /** The score on the benchmark's scale (a "fraction" row converted to percent). */
  score: number; unit: string;
  settings: Settings; settings_text: string;
  /** The interval in both forms: `printed` says which the source printed (kept exactly), the other is derived. */
  uncertainty: Interval | null;
  first_published: string | null;
  /** The conflicts or revisions it takes part in, with the other measurements' ids. */
  conflicts: { id: string; kind: 'conflict' | 'revision'; with: string[] }[];
  /** The likely relabelling it is part of (same measurer, model and number under another benchmark version), with the other measurements' ids. */
  relabels: { id: string; with: string[] }[];
  /** Every citing document, first published first (named in the file's `sources` by `source`), with the score exactly as it printed it. */
  citations: { source: string; index: number; locator: string; score_as_printed: number; scale: string }[];
}

/** A document cited in measurements.json, named once in its `sources` (by source id). */
export interface MeasurementSource { title: string; url: string; read_from: string; publisher: string; published: string | null; secondary: boolean }

/** Every measurement with its citations, in id order. */
export function exportMeasurements(data: Dataset): MeasurementExport[] {
  const conflicts = findConflicts(data);
  return measurementsOf(data).map((m) => {
    const model = data.models.get(m.model);
    const b = data.benchmarks.get(m.benchmark);
    return {
      id: m.id, model: m.model, model_name: model?.name ?? m.model,
      benchmark: m.benchmark, benchmark_name: b?.name ?? m.benchmark, benchmark_version: b?.version ?? null, variant: m.variant ?? '',
      measured_by: m.measurer, measured_by_name: data.organizations.get(m.measurer)?.name ?? m.measurer, provenance: m.provenance,
      score: m.score, unit: b?.unit ?? '', settings: m.settings, settings_text: describeSettings(m.settings),
      uncertainty: m.uncertainty ?? null, first_published: m.firstPublished,
      conflicts: conflicts
        .filter((c) => c.measurements.some((x) => x.id === m.id))
        .map((c) => ({ id: c.id, kind: c.kind, with: c.measurements.filter((x) => x.id !== m.id).map((x) => x.id) })),
      relabels: [relabelOfMeasurement(data, m.id)].filter((r) => r !== undefined).map((r) => ({ id: r.id, with: r.measurements.filter((x) => x.id !== m.id).map((x) => x.id) })),
      citations: m.citations.map((r) => ({ source: r.source, index: r.index, locator: r.locator, score_as_printed: r.score, scale: r.scale ?? '' })),
    };
  });
}

/** The documents the measurements cite, by source id (sorted): what every citation of one shares. */
export function measurementSources(data: Dataset, ms: MeasurementExport[]): Record<string, MeasurementSource> {
  const ids = [...new Set(ms.flatMap((m) => m.citations.map((c) => c.source)))].sort();
  return Object.fromEntries(ids.map((id) => {
    const s = data.sources.get(id);
    return [id, { title: s?.title ?? '', url: s?.url ?? '', read_from: copyRead(s?.readFrom), publisher: s?.publisher ?? '', published: s?.published ?? null, secondary: isSecondary(data, id) }];
  }));
}

/** measurements.json (the site's and the archive's): the envelope, its items the measurements, and `sources` naming each cited document once. */
export function measurementsFile(data: Dataset, siteUrl: string) {
  const items = exportMeasurements(data);
  return { ...envelope(data, siteUrl, 'measurements', items), sources: measurementSources(data, items) };
}
