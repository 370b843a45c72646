/** Over-time charts: the best Chinese and the best Western figure by model release date. */
import type { Dataset } from '../dataset';
import { dataAsOf } from '../dataset-version';
import { barChartById, chartBase } from './bar';
import { benchmarkTitle, formatScore } from './format';
import { overTimeChartId } from './ids';
import { figurePerModel } from './pick';
import type { DatedPoint, OverTimeChart } from './types';

/**
 * The running best per origin: walking models in release order, a point is kept when it beats
 * every earlier model of the same origin.
 */
export function runningBest(points: DatedPoint[], higherIsBetter: boolean): DatedPoint[] {
  const sorted = [...points].sort((a, b) => a.released.localeCompare(b.released) || (higherIsBetter ? b.score - a.score : a.score - b.score));
  const steps: DatedPoint[] = [];
  for (const p of sorted) {
    const last = steps.at(-1);
    if (!last || (higherIsBetter ? p.score > last.score : p.score < last.score)) steps.push(p);
  }
  return steps;
}

/**
 * The over-time chart of a bar chart's figures (one per model, see pick.ts).
 * @param barId the id of the bar chart
 */
export function overTimeChartFor(data: Dataset, barId: string): OverTimeChart | undefined {
  const bar = barChartById(data, barId);
  if (!bar) return undefined;
  const dated = figurePerModel(bar).map((f) => ({ ...f, released: data.models.get(f.model)!.released.value }));
  const series = (['china', 'west'] as const).map((origin) => ({
    origin,
    steps: runningBest(dated.filter((p) => p.origin === origin), bar.higherIsBetter),
  }));
  const title = `${benchmarkTitle(bar.benchmarkName, data.benchmarks.get(bar.benchmark)!.version, bar.variant)}: best Chinese and best Western model over time`;
  const [china, west] = series.map((s) => s.steps.at(-1));
  const fmt = (p?: DatedPoint) => (p ? `${formatScore(p.score, bar.unit)} (${p.modelName}, released ${p.released})` : 'no figure');
  return {
    ...chartBase(bar),
    id: overTimeChartId(barId),
    kind: 'over-time',
    title,
    summary: `${title}: the best Chinese model reaches ${fmt(china)}; the best Western model ${fmt(west)}.`,
    series,
    until: dataAsOf(data),
    notes: [
      'Each line steps up (or down, where lower is better) at the release date of a model that beat every earlier model of its origin.',
      'One figure per model, chosen among its measurements (copies of one number are one measurement): at the norm settings first (settings not stated after them), then independent before rival-reported before self-reported, then the most recently published.',
      'Names beside points are placed where they overlap nothing, on phones too; a name with no room is written as its row number (#) in the table.',
      'Origin is the developer\'s country: China, or the West (United States, Canada, United Kingdom, EU, EFTA, Australia, New Zealand); models from elsewhere are not drawn.',
    ],
  };
}
