/** A head-to-head as downloadable rows (CSV and JSON): one line per like-for-like benchmark. Pure. */
import type { Dataset } from '../dataset';
import type { Measurement } from '../measurements';
import { describeSettings } from '../settings';
import type { HeadToHead } from './head-to-head';

export interface CompareExportRow {
  benchmark: string; benchmark_name: string; variant: string; unit: string;
  model_a: string; score_a: number; provenance_a: string; measurer_a: string; settings_a: string; source_a: string; source_url_a: string; locator_a: string;
  model_b: string; score_b: number; provenance_b: string; measurer_b: string; settings_b: string; source_b: string; source_url_b: string; locator_b: string;
  difference: number; ahead: string; both_independent: boolean;
}

export const COMPARE_COLUMNS: (keyof CompareExportRow)[] = [
  'benchmark', 'benchmark_name', 'variant', 'unit',
  'model_a', 'score_a', 'provenance_a', 'measurer_a', 'settings_a', 'source_a', 'source_url_a', 'locator_a',
  'model_b', 'score_b', 'provenance_b', 'measurer_b', 'settings_b', 'source_b', 'source_url_b', 'locator_b',
  'difference', 'ahead', 'both_independent',
];

/** The like-for-like rows, with each side's first citation. */
export function compareExportRows(data: Dataset, h: HeadToHead): CompareExportRow[] {
  const side = (m: Measurement) => {
    const c = m.citations[0]!;
    return { score: m.score, provenance: m.provenance, measurer: m.measurer, settings: describeSettings(m.settings), source: c.source, url: data.sources.get(c.source)?.url ?? '', locator: c.locator };
  };
  return h.rows.map((r) => {
    const a = side(r.a);
    const b = side(r.b);
    const bench = data.benchmarks.get(r.benchmark);
    return {
      benchmark: r.benchmark, benchmark_name: r.label, variant: r.variant ?? '', unit: bench?.unit ?? '',
      model_a: h.a, score_a: a.score, provenance_a: a.provenance, measurer_a: a.measurer, settings_a: a.settings, source_a: a.source, source_url_a: a.url, locator_a: a.locator,
      model_b: h.b, score_b: b.score, provenance_b: b.provenance, measurer_b: b.measurer, settings_b: b.settings, source_b: b.source, source_url_b: b.url, locator_b: b.locator,
      difference: Number(r.diff.toPrecision(12)), ahead: r.ahead === 'tie' ? 'tie' : r.ahead === 'a' ? h.a : h.b, both_independent: r.independent,
    };
  });
}
