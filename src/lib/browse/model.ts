/**
 * What a model page shows: its sourced facts, and every figure about it grouped by benchmark.
 */
import type { Model } from '../../schemas';
import { UNDISCLOSED } from '../../schemas';
import type { Dataset } from '../dataset';
import { benchmarkLabel } from './format';
import { describeRows, type RowView } from './rows';

/** One fact of a model with where it was read. */
export interface FactView {
  key: string;
  label: string;
  /** The value as text ("744 B", "200,000 tokens", "yes"), or "undisclosed". */
  text: string;
  undisclosed: boolean;
  source: string;
  locator: string;
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
  if (key === 'totalParameters' || key === 'activeParameters') return `${value} billion`;
  if (key === 'contextWindow') return `${Number(value).toLocaleString('en-US')} tokens`;
  return String(value);
}

/** The model's facts in display order, each with its source and locator. */
export function modelFacts(model: Model): FactView[] {
  return FACTS.map(([key, label]) => {
    const fact = model[key];
    return {
      key, label, text: factText(key, fact.value), undisclosed: fact.value === UNDISCLOSED,
      source: fact.source, locator: fact.locator,
    };
  });
}

/** The figures about one model on one benchmark. */
export interface BenchmarkGroup {
  benchmark: string;
  label: string;
  rows: RowView[];
}

/** Every figure about `modelId`, grouped by benchmark (by label); rows by variant, then date, then source. */
export function resultsByBenchmark(data: Dataset, modelId: string): BenchmarkGroup[] {
  const groups = new Map<string, BenchmarkGroup>();
  for (const row of describeRows(data, data.results.filter((r) => r.model === modelId))) {
    const b = data.benchmarks.get(row.row.benchmark);
    const group = groups.get(row.row.benchmark) ?? { benchmark: row.row.benchmark, label: b ? benchmarkLabel(b) : row.row.benchmark, rows: [] };
    group.rows.push(row);
    groups.set(row.row.benchmark, group);
  }
  const order = (v: RowView) => [v.row.variant ?? '', v.date ?? '', v.row.source, String(v.row.index).padStart(6, '0')].join('|');
  for (const g of groups.values()) g.rows.sort((a, b) => order(a).localeCompare(order(b)));
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label) || a.benchmark.localeCompare(b.benchmark));
}
