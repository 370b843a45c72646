/** Every figure as one CSV table (RFC 4180), with provenance and source columns for analysis. */
import { csvTable } from '../csv';
import type { Dataset } from '../dataset';
import { isSecondary, provenanceOfRow } from '../provenance';

export const RESULTS_CSV_COLUMNS = [
  'source', 'index', 'model', 'benchmark', 'variant', 'score', 'unit', 'uncertainty_minus', 'uncertainty_plus',
  'uncertainty_kind', 'reasoning_effort', 'tools', 'harness', 'attempts', 'settings_notes', 'provenance',
  'secondary', 'submitted_by', 'source_publisher', 'source_published', 'source_url', 'locator', 'note',
] as const;

/** The results table: a header line, then one line per figure, CRLF-terminated. */
export function resultsCsv(data: Dataset): string {
  const rows = data.results.map((r) => {
    const s = data.sources.get(r.source);
    return [
      r.source, r.index, r.model, r.benchmark, r.variant, r.score, data.benchmarks.get(r.benchmark)?.unit,
      r.uncertainty?.minus, r.uncertainty?.plus, r.uncertainty?.kind, r.settings.reasoningEffort, r.settings.tools,
      r.settings.harness, r.settings.attempts, r.settings.notes, provenanceOfRow(data, r), isSecondary(data, r.source),
      r.submittedBy, s?.publisher, s?.published, s?.url, r.locator, r.note,
    ];
  });
  return csvTable(RESULTS_CSV_COLUMNS, rows);
}
