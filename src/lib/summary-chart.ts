/** Which existing chart heads a model page: a rule, so every model page picks the same way. */
import type { Dataset } from './dataset';
import { chartIndex } from './charts/index';
import { provenanceOfRow } from './provenance';

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
    const own = g.rows.filter((r) => r.model === modelId);
    if (!own.length) continue;
    const independent = own.some((r) => provenanceOfRow(data, r) === 'independent') ? 1 : 0;
    const models = new Set(g.rows.map((r) => r.model)).size;
    if (independent > rank[0]! || (independent === rank[0] && models > rank[1]!)) [best, rank] = [g.id, [independent, models]];
  }
  return best;
}
