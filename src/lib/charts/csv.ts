/**
 * The figures behind a chart as CSV (RFC 4180), one row per figure drawn or listed (per
 * measurement on bar charts): the source columns name the first document that printed it,
 * `citation_sources` and `citation_locators` every document, first published first.
 */
import { csvTable, type CsvValue } from '../csv';
import type { ChartDef, Figure } from './types';

const COLUMNS = [
  'chart', 'model_id', 'model', 'score', 'unit', 'provenance', 'published_by', 'source_id', 'source_title', 'source_url',
  'source_published', 'locator', 'secondary_source', 'settings', 'differs_from_norm', 'conflict', 'origin', 'x', 'released', 'note',
  'measurement_id', 'measured_by', 'documents', 'citation_sources', 'citation_locators', 'settings_not_stated',
  'uncertainty_minus', 'uncertainty_plus', 'uncertainty_kind', 'conflict_with', 'uncertainty_lower', 'uncertainty_upper',
  'uncertainty_printed', 'same_number_under',
] as const;

type Row = Figure & { x?: number; released?: string; beside?: string };

const rowsOf = (def: ChartDef): Row[] =>
  def.kind === 'bar' ? def.figures : def.kind === 'scatter' ? def.points : def.series.flatMap((s) => s.steps);

/**
 * The CSV of a chart: a header, then one line per figure. Scatter charts add the models
 * listed beside the plot with an empty x and the reason in `note`.
 */
export function chartCsv(def: ChartDef): string {
  const line = (r: Record<(typeof COLUMNS)[number], CsvValue>) => COLUMNS.map((c) => r[c]);
  const lines = rowsOf(def).map((f) =>
    line({
      chart: def.id, model_id: f.model, model: f.modelName, score: f.score, unit: def.unit, provenance: f.provenance,
      published_by: f.source.publisher, source_id: f.source.id, source_title: f.source.title, source_url: f.source.url,
      source_published: f.source.published, locator: f.source.locator, secondary_source: f.source.secondary,
      settings: f.settings, differs_from_norm: f.differs.join(' '), conflict: f.conflict?.kind, origin: f.origin,
      x: f.x, released: f.released, note: f.note,
      measurement_id: f.key, measured_by: f.measurer, documents: f.citations.length,
      citation_sources: f.citations.map((c) => c.id).join('; '), citation_locators: f.citations.map((c) => c.locator).join('; '),
      settings_not_stated: f.unstated.join(' '), uncertainty_minus: f.uncertainty?.minus, uncertainty_plus: f.uncertainty?.plus,
      uncertainty_kind: f.uncertainty?.kind, conflict_with: f.conflict?.others.join(' '),
      uncertainty_lower: f.uncertainty?.lower, uncertainty_upper: f.uncertainty?.upper, uncertainty_printed: f.uncertainty?.printed,
      same_number_under: f.relabel?.others.join('; '),
    }),
  );
  if (def.kind === 'scatter')
    for (const b of def.beside)
      lines.push(line({ chart: def.id, model_id: b.model, model: b.modelName, note: b.reason } as never));
  return csvTable(COLUMNS, lines);
}
