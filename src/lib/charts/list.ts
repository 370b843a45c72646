/** Every chart the site publishes, and the definition behind each id. */
import type { Dataset } from '../dataset';
import { barChartById } from './bar';
import { overTimeChartId, scatterChartId, variantKey } from './ids';
import { chartIndex } from './index';
import { overTimeChartFor } from './over-time';
import { isMainChart } from './pick';
import { scatterChartFor } from './scatter';
import { SCATTER_X, type ChartDef, type ChartRef } from './types';

const memo = new WeakMap<Dataset, ChartRef[]>();

/**
 * Every chart, in a stable order: one bar chart per benchmark and variant; for each main bar
 * chart (see pick.ts) three scatter charts and one over-time chart. Cheap: no figures built.
 * @throws when two charts would share an id
 */
export function listCharts(data: Dataset): ChartRef[] {
  const hit = memo.get(data);
  if (hit) return hit;
  const refs: ChartRef[] = [];
  const derived: ChartRef[] = [];
  for (const g of chartIndex(data).groups.values()) {
    refs.push({ id: g.id, kind: 'bar', benchmark: g.benchmark, variant: g.variant });
    const models = new Set(g.measurements.map((m) => m.model)).size;
    if (!isMainChart(models, data.benchmarks.get(g.benchmark)!.category)) continue;
    for (const x of SCATTER_X) derived.push({ id: scatterChartId(x, g.id), kind: 'scatter', benchmark: g.benchmark, variant: g.variant, x });
    derived.push({ id: overTimeChartId(g.id), kind: 'over-time', benchmark: g.benchmark, variant: g.variant });
  }
  const all = [...refs, ...derived];
  const seen = new Set<string>();
  for (const r of all) {
    if (seen.has(r.id)) throw new Error(`two charts would have the id "${r.id}" (a benchmark id clashes with a derived chart id; rename the benchmark with a redirect)`);
    seen.add(r.id);
  }
  memo.set(data, all);
  return all;
}

/** The bar chart a derived chart was made from (the bar chart itself for a bar chart). */
export function barIdOf(ref: ChartRef): string {
  if (ref.kind === 'bar') return ref.id;
  return ref.kind === 'scatter' ? ref.id.slice(`${ref.x}-vs-`.length) : ref.id.slice('china-vs-west-'.length);
}

/**
 * The definition of a listed chart.
 * @param id a chart id from listCharts
 */
export function chartFor(data: Dataset, id: string): ChartDef | undefined {
  const ref = listCharts(data).find((r) => r.id === id);
  if (!ref) return undefined;
  if (ref.kind === 'bar') return barChartById(data, ref.id);
  if (ref.kind === 'scatter') return scatterChartFor(data, ref.x!, barIdOf(ref));
  return overTimeChartFor(data, barIdOf(ref));
}

/**
 * The id of the bar chart that holds a benchmark's figures for `variant` (variants equal up
 * to case and punctuation share one chart), or undefined when the benchmark has none.
 */
export function barChartIdOf(data: Dataset, benchmark: string, variant?: string): string | undefined {
  const key = variantKey(variant);
  for (const g of chartIndex(data).groups.values()) if (g.benchmark === benchmark && variantKey(g.variant) === key) return g.id;
  return undefined;
}

/** Every chart drawn from a benchmark's figures: its bar charts, then the charts derived from them. */
export const chartsOfBenchmark = (data: Dataset, benchmark: string): ChartRef[] =>
  listCharts(data).filter((r) => r.benchmark === benchmark);
