/** The list of charts as the /charts/ index shows it: by kind, with titles, no figures built. */
import type { Dataset } from '../dataset';
import { benchmarkTitle } from './format';
import { chartIndex } from './index';
import { barIdOf, listCharts } from './list';

export interface CatalogGroup {
  heading: string;
  description: string;
  items: { id: string; title: string; count: string }[];
}

const X_WORDS = { price: 'API price', 'active-params': 'active parameters', 'total-params': 'total parameters' } as const;

/** Charts grouped for the index page: over time, scatter, then one bar chart per benchmark. */
export function chartGroups(data: Dataset): CatalogGroup[] {
  const groups = chartIndex(data).groups;
  const items = { bar: [] as CatalogGroup['items'], scatter: [] as CatalogGroup['items'], 'over-time': [] as CatalogGroup['items'] };
  for (const ref of listCharts(data)) {
    const g = groups.get(barIdOf(ref))!;
    const b = data.benchmarks.get(g.benchmark)!;
    const name = benchmarkTitle(b.name, b.version, g.variant);
    const models = new Set(g.measurements.map((m) => m.model)).size;
    const n = g.measurements.length;
    const title = ref.kind === 'bar' ? name : ref.kind === 'scatter' ? `${name} against ${X_WORDS[ref.x!]}` : `${name}: China vs West over time`;
    items[ref.kind].push({ id: ref.id, title, count: ref.kind === 'bar' ? `${n} figure${n === 1 ? '' : 's'}, ${models} models` : `${models} models` });
  }
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
  return [
    { heading: 'China and the West over time', description: 'The best Chinese and the best Western model by release date, on the benchmarks with the most models.', items: items['over-time'].sort(byTitle) },
    { heading: 'Score against price and size', description: 'One figure per model against API price, active and total parameters; undisclosed values are listed beside each plot.', items: items.scatter.sort(byTitle) },
    { heading: 'Every figure per benchmark', description: 'One bar per measurement (a number printed by several documents is one bar), self-reported, rival-reported and independent told apart.', items: items.bar.sort(byTitle) },
  ];
}
