import { registry } from 'chart.js';
import { describe, expect, it } from 'vitest';
import '../../src/client/chart-parts';
import { barChartFor } from '../../src/lib/charts/bar';
import { toChartConfig } from '../../src/lib/charts/config';
import { overTimeChartFor } from '../../src/lib/charts/over-time';
import { scatterChartFor } from '../../src/lib/charts/scatter';
import { LIGHT } from '../../src/lib/charts/theme';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const defs = [barChartFor(data, 'bench-pct')!, scatterChartFor(data, 'price', 'bench-pct')!, overTimeChartFor(data, 'bench-pct')!];

// A forgotten controller, element or scale only fails in the browser; this fails here first.
describe('the registered Chart.js parts', () => {
  for (const def of defs) {
    it(`cover what a ${def.kind} chart needs`, () => {
      const config = toChartConfig(def, { theme: LIGHT });
      const controller = registry.getController(config.type) as unknown as { defaults: { datasetElementType?: string; dataElementType?: string } };
      for (const el of [controller.defaults.datasetElementType, controller.defaults.dataElementType]) if (el) expect(() => registry.getElement(el)).not.toThrow();
      for (const scale of Object.values(config.options?.scales ?? {})) if (scale?.type) expect(() => registry.getScale(scale.type!)).not.toThrow();
    });
  }
  it('mark flagged and conflicting bars in their labels, each led by its rank so no two read alike', () => {
    const config = toChartConfig(defs[0]!, { theme: LIGHT });
    expect(config.data.labels).toEqual(['1. Model X · Zhipu AI ‡', '2. Model X · Zhipu AI ‡', '3. Model Y · Anthropic ‡', '4. Model Y · Zhipu AI ‡']);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['rival-reported', 'self-reported']);
  });
});
