/** Which existing chart heads a model page: a rule, so every model page picks the same way. */
import type { Dataset } from './dataset';
import { chartIndex } from './charts/index';

/**
 * The bar chart that sets `modelId` beside the most other models: among the bar charts holding
 * a figure about it, the one with the most models (ties: the first chart id). Undefined when no
 * chart holds a figure about it.
 */
export function summaryChartOf(data: Dataset, modelId: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const g of chartIndex(data).groups.values()) {
    const models = new Set(g.rows.map((r) => r.model));
    if (models.has(modelId) && models.size > most) [best, most] = [g.id, models.size];
  }
  return best;
}
