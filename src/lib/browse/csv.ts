/**
 * Every citation of a figure as one CSV table (RFC 4180), with provenance, source columns and the
 * measurement it cites (rows that print one number measured once share a `measurement_id`).
 */
import { csvTable } from '../csv';
import type { Dataset } from '../dataset';
import { intervalAround, measurementOfRow } from '../measurements';
import { isSecondary, provenanceOfRow } from '../provenance';

export const RESULTS_CSV_COLUMNS = [
  'source', 'index', 'model', 'benchmark', 'variant', 'score', 'scale', 'unit', 'uncertainty_minus', 'uncertainty_plus',
  'uncertainty_kind', 'reasoning_effort', 'tools', 'harness', 'attempts', 'settings_notes', 'provenance',
  'secondary', 'submitted_by', 'source_publisher', 'source_published', 'source_url', 'locator', 'note',
  'measurement_id', 'checkpoint', 'shots', 'subset', 'uncertainty_lower', 'uncertainty_upper', 'uncertainty_printed',
] as const;

/** The results table: a header line, then one line per figure, CRLF-terminated. */
export function resultsCsv(data: Dataset): string {
  const rows = data.results.map((r) => {
    const s = data.sources.get(r.source);
    // On the row's own printed scale, like its score; `uncertainty_printed` names the form the source printed.
    const u = r.uncertainty && intervalAround(r.score, r.uncertainty);
    return [
      r.source, r.index, r.model, r.benchmark, r.variant, r.score, r.scale, data.benchmarks.get(r.benchmark)?.unit,
      u?.minus, u?.plus, u?.kind, r.settings.reasoningEffort, r.settings.tools,
      r.settings.harness, r.settings.attempts, r.settings.notes, provenanceOfRow(data, r), isSecondary(data, r.source),
      r.submittedBy, s?.publisher, s?.published, s?.url, r.locator, r.note,
      measurementOfRow(data, r)?.id, r.settings.checkpoint, r.settings.shots, r.settings.subset, u?.lower, u?.upper, u?.printed,
    ];
  });
  return csvTable(RESULTS_CSV_COLUMNS, rows);
}
