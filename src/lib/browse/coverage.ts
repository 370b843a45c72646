/**
 * How soon anyone but the vendor measured a model: days from its release to the first
 * figure published by an independent evaluator.
 */
import type { Dataset } from '../dataset';
import { provenanceOfRow } from '../provenance';
import { daysBetween } from './format';
import { rowDate } from './rows';

export interface FirstIndependent {
  /** Days from release to the first independent figure's source date. */
  days: number;
  date: string;
  /** Source of that first figure. */
  source: string;
}

/**
 * The first independent figure about a model, or null when there is none yet. Press reports
 * do not count: they relay figures (often the vendor's launch table), they do not measure. A
 * source that carries no date counts from the day we read it, so the days are then an upper
 * bound.
 */
export function firstIndependentResult(data: Dataset, modelId: string): FirstIndependent | null {
  const model = data.models.get(modelId);
  if (!model) return null;
  let best: { date: string; source: string } | null = null;
  for (const row of data.results) {
    if (row.model !== modelId || provenanceOfRow(data, row) !== 'independent') continue;
    if (data.sources.get(row.source)?.kind === 'press') continue;
    const date = rowDate(data, row);
    if (date && (!best || date < best.date || (date === best.date && row.source < best.source))) best = { date, source: row.source };
  }
  return best && { ...best, days: daysBetween(model.released.value, best.date) };
}

export interface CoverageRow {
  model: string;
  name: string;
  released: string;
  first: FirstIndependent | null;
  /** Figures about the model, by provenance. */
  counts: { 'self-reported': number; 'rival-reported': number; independent: number };
}

/** One coverage row per model, slowest-covered first (models with none at the top). */
export function coverage(data: Dataset): CoverageRow[] {
  const rows = [...data.models].map(([id, m]): CoverageRow => {
    const counts = { 'self-reported': 0, 'rival-reported': 0, independent: 0 };
    for (const r of data.results) {
      const p = r.model === id ? provenanceOfRow(data, r) : undefined;
      if (p) counts[p]++;
    }
    return { model: id, name: m.name, released: m.released.value, first: firstIndependentResult(data, id), counts };
  });
  const rank = (r: CoverageRow) => (r.first ? r.first.days : Infinity);
  return rows.sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name));
}
