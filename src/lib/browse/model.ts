/**
 * What a model page shows: its sourced facts (with the other values sources publish for them),
 * its prices, and every figure about it grouped by benchmark, a row per measurement.
 */
import type { Model } from '../../schemas';
import { UNDISCLOSED } from '../../schemas';
import type { Dataset } from '../dataset';
import { formatBillions, formatCount, formatPrice } from '../format';
import { benchmarkLabel } from './format';
import { describeMeasurements, type MeasurementView } from './measurement-rows';
import { describeRows, type RowView } from './rows';

/** Another value a source publishes for a fact: a disagreement shown beside the value. */
export interface AlternativeView {
  text: string;
  source: string;
  locator: string;
  note?: string | undefined;
}

/** One fact of a model with where it was read. */
export interface FactView {
  key: string;
  label: string;
  /** The value as text ("744 billion", "200,000 tokens", "yes"), or "undisclosed". */
  text: string;
  undisclosed: boolean;
  source: string;
  locator: string;
  /** Other values published for the same fact, each with its source ([] when sources agree). */
  alternatives: AlternativeView[];
}

const FACTS = [
  ['released', 'Released'],
  ['openWeights', 'Open weights'],
  ['license', 'Licence'],
  ['totalParameters', 'Total parameters'],
  ['activeParameters', 'Active parameters'],
  ['contextWindow', 'Context window'],
] as const;

function factText(key: (typeof FACTS)[number][0], value: unknown): string {
  if (value === UNDISCLOSED) return UNDISCLOSED;
  if (key === 'openWeights') return value ? 'yes' : 'no';
  if (key === 'totalParameters' || key === 'activeParameters') return formatBillions(Number(value));
  if (key === 'contextWindow') return `${formatCount(Number(value))} tokens`;
  return String(value);
}

/** The model's facts in display order, each with its source and locator. */
export function modelFacts(model: Model): FactView[] {
  return FACTS.map(([key, label]) => {
    const fact = model[key];
    return {
      key, label, text: factText(key, fact.value), undisclosed: fact.value === UNDISCLOSED,
      source: fact.source, locator: fact.locator,
      alternatives: (fact.alternatives ?? []).map((a) => ({ text: factText(key, a.value), source: a.source, locator: a.locator, note: a.note })),
    };
  });
}

/** One published price as the model page shows it, every number through format.ts. */
export interface PriceView {
  tier: string;
  input: string;
  cachedInput: string;
  output: string;
  asOf: string;
  source: string;
  locator: string;
}

/** The model's published prices per million tokens, formatted. */
export const modelPrices = (model: Model): PriceView[] =>
  model.prices.map((p) => ({
    tier: p.tier ?? 'standard',
    input: formatPrice(p.input, p.currency),
    cachedInput: p.cachedInput === undefined ? '—' : formatPrice(p.cachedInput, p.currency),
    output: formatPrice(p.output, p.currency),
    asOf: p.asOf, source: p.source, locator: p.locator,
  }));

/** The figures about one model on one benchmark. */
export interface BenchmarkGroup {
  benchmark: string;
  label: string;
  /** Every citation, one per document. */
  rows: RowView[];
  /** The same figures as measurements, each with its citations (the table shows these). */
  measurements: MeasurementView[];
}

/** Every figure about `modelId`, grouped by benchmark (by label); rows by variant, then date, then source. */
export function resultsByBenchmark(data: Dataset, modelId: string): BenchmarkGroup[] {
  const groups = new Map<string, BenchmarkGroup>();
  for (const row of describeRows(data, data.results.filter((r) => r.model === modelId))) {
    const b = data.benchmarks.get(row.row.benchmark);
    const group = groups.get(row.row.benchmark) ?? { benchmark: row.row.benchmark, label: b ? benchmarkLabel(b) : row.row.benchmark, rows: [], measurements: [] };
    group.rows.push(row);
    groups.set(row.row.benchmark, group);
  }
  const order = (v: RowView) => [v.row.variant ?? '', v.date ?? '', v.row.source, String(v.row.index).padStart(6, '0')].join('|');
  for (const g of groups.values()) {
    g.rows.sort((a, b) => order(a).localeCompare(order(b)));
    g.measurements = describeMeasurements(data, g.rows.map((v) => v.row));
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label) || a.benchmark.localeCompare(b.benchmark));
}
