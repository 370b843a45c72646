/** Scatter charts: a main bar chart's scores against API price, active or total parameters. */
import type { Dataset } from '../dataset';
import type { Model } from '../../schemas';
import { barChartById, chartBase } from './bar';
import { benchmarkTitle, formatScore } from './format';
import { scatterChartId } from './ids';
import { figurePerModel } from './pick';
import type { ScatterChart, ScatterPoint, ScatterX } from './types';

/** The blended API price: 3 parts input to 1 part output, per million tokens (a common convention). */
export const blendedPrice = (p: { input: number; output: number }) => (3 * p.input + p.output) / 4;

/** The x value of a model, or why it has none. */
export function xOf(model: Model, x: ScatterX): { value: number } | { reason: string } {
  if (x === 'price') {
    const usd = model.prices.filter((p) => p.currency === 'USD' && !p.tier).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
    return usd ? { value: blendedPrice(usd) } : { reason: model.prices.length ? 'no base-tier USD price published' : 'no API price published' };
  }
  const fact = x === 'active-params' ? model.activeParameters : model.totalParameters;
  return typeof fact.value === 'number' ? { value: fact.value } : { reason: `${x === 'active-params' ? 'active' : 'total'} parameters undisclosed` };
}

const X_LABELS: Record<ScatterX, string> = {
  price: 'blended API price, USD per million tokens (3:1 input:output, log scale)',
  'active-params': 'active parameters, billions (log scale)',
  'total-params': 'total parameters, billions (log scale)',
};

const X_WORDS: Record<ScatterX, string> = { price: 'API price', 'active-params': 'active parameters', 'total-params': 'total parameters' };

/**
 * The scatter chart of a bar chart's scores against `x`.
 * @param barId the id of the bar chart whose figures are placed
 */
export function scatterChartFor(data: Dataset, x: ScatterX, barId: string): ScatterChart | undefined {
  const bar = barChartById(data, barId);
  if (!bar) return undefined;
  const points: ScatterPoint[] = [];
  const beside: ScatterChart['beside'] = [];
  for (const f of figurePerModel(bar)) {
    const model = data.models.get(f.model)!;
    const v = xOf(model, x);
    if ('value' in v) points.push({ ...f, x: v.value });
    else beside.push({ model: f.model, modelName: f.modelName, reason: v.reason });
  }
  points.sort((a, b) => a.x - b.x || a.modelName.localeCompare(b.modelName));
  beside.sort((a, b) => a.modelName.localeCompare(b.modelName));
  const bench = data.benchmarks.get(bar.benchmark)!;
  const title = `${benchmarkTitle(bench.name, bench.version, bar.variant)} against ${X_WORDS[x]}`;
  const best = [...points].sort((a, b) => (bar.higherIsBetter ? b.score - a.score : a.score - b.score))[0];
  return {
    ...chartBase(bar),
    id: scatterChartId(x, barId),
    kind: 'scatter',
    title,
    summary: best
      ? `${title}: ${points.length} models placed by one figure each, ${beside.length} listed beside the plot without a value; the best score, ${formatScore(best.score, bar.unit)}, is ${best.modelName}'s.`
      : `${title}: no model has both a figure and a value.`,
    xLabel: X_LABELS[x],
    xLog: true,
    points,
    beside,
    notes: [
      'One figure per model, chosen among its measurements (copies of one number are one measurement): at the norm settings first (settings not stated after them), then independent before rival-reported before self-reported, then the most recently published.',
      'Names beside points are placed where they overlap nothing, on phones too; a name with no room is written as its row number (#) in the table.',
      ...(x === 'price' ? ['Price: the newest base-tier USD price, blended 3 parts input to 1 part output per million tokens.'] : []),
      `Models without a value are listed beside the plot, not dropped.`,
    ],
  };
}
