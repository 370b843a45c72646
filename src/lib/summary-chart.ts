/** Which existing chart heads a model page: a rule, so every model page picks the same way. */
import type { Dataset } from './dataset';
import { chartIndex } from './charts/index';

/**
 * The bar chart that sets `modelId` beside the most other models, independent evidence first:
 * among the bar charts holding an independent figure about it, the one with the most models;
 * when none does, among those holding any figure about it (ties: the first chart id).
 * Undefined when no chart holds a figure about it.
 */
export function summaryChartOf(data: Dataset, modelId: string): string | undefined {
  let best: string | undefined;
  let rank = [0, 0];
  for (const g of chartIndex(data).groups.values()) {
    const own = g.measurements.filter((m) => m.model === modelId);
    if (!own.length) continue;
    const independent = own.some((m) => m.provenance === 'independent') ? 1 : 0;
    const models = new Set(g.measurements.map((m) => m.model)).size;
    if (independent > rank[0]! || (independent === rank[0] && models > rank[1]!)) [best, rank] = [g.id, [independent, models]];
  }
  return best;
}

/** Every chart that heads some model page, once each, in id order (the charts given a dark rendition). */
export function summaryCharts(data: Dataset): string[] {
  return [...new Set([...data.models.keys()].map((m) => summaryChartOf(data, m)).filter((id): id is string => !!id))].sort();
}

/**
 * The dark rendition of a summary chart's image, root-relative (the light one is the social
 * preview, /og/charts/<id>.png). Not under /og/: which charts head model pages moves with the
 * data, so these files are not permalinks.
 */
export const summaryDarkPath = (chartId: string) => `/images/summary-dark/${chartId}.png`;
