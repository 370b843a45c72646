/** The figures behind a chart as CSV (RFC 4180), one row per figure drawn or listed. */
import { csvTable, type CsvValue } from '../csv';
import type { ChartDef, Figure } from './types';

const COLUMNS = [
  'chart', 'model_id', 'model', 'score', 'unit', 'provenance', 'published_by', 'source_id', 'source_title', 'source_url',
  'source_published', 'locator', 'secondary_source', 'settings', 'differs_from_norm', 'conflict', 'origin', 'x', 'released', 'note',
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
    }),
  );
  if (def.kind === 'scatter')
    for (const b of def.beside)
      lines.push(line({ chart: def.id, model_id: b.model, model: b.modelName, note: b.reason } as never));
  return csvTable(COLUMNS, lines);
}
