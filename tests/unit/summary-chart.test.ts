import { describe, expect, it } from 'vitest';
import { validateCase } from '../support/fixtures';
import { chartIndex } from '../../src/lib/charts/index';
import { provenanceOfRow } from '../../src/lib/provenance';
import { summaryChartOf } from '../../src/lib/summary-chart';

describe('summaryChartOf', () => {
  it('picks a bar chart holding a figure about the model, an independent one when there is', () => {
    const data = validateCase().dataset!;
    let picked = 0;
    for (const model of data.models.keys()) {
      const id = summaryChartOf(data, model);
      const charts = [...chartIndex(data).groups.values()].filter((g) => g.rows.some((r) => r.model === model));
      if (!charts.length) { expect(id).toBeUndefined(); continue; }
      const chosen = chartIndex(data).groups.get(id!)!;
      expect(chosen.rows.some((r) => r.model === model)).toBe(true);
      const anyIndependent = charts.some((g) => g.rows.some((r) => r.model === model && provenanceOfRow(data, r) === 'independent'));
      expect(chosen.rows.some((r) => r.model === model && provenanceOfRow(data, r) === 'independent')).toBe(anyIndependent);
      picked++;
    }
    expect(picked).toBeGreaterThan(0);
  });
});
