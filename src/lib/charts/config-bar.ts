/** The Chart.js configuration of a bar chart: one horizontal bar per figure, best first. */
import type { ChartConfiguration, ChartDataset, ScaleOptionsByType } from 'chart.js';
import type { DrawOptions } from './config';
import { PROVENANCE_ORDER, figureLine, scoreScale, shortLabel } from './config-shared';
import { MARKS, PROVENANCE_LABELS, formatScore } from './format';
import { pointLabels } from './labels';
import { withAlpha } from './theme';
import type { BarChart, Figure } from './types';

/** A bar's label: model, publisher when the model has several bars, and footnote marks. */
export function barLabel(f: Figure, several: boolean): string {
  const marks = `${f.differs.length ? ` ${MARKS.differs}` : ''}${f.conflict ? ` ${MARKS.conflict}` : ''}`;
  return `${f.modelName}${several ? ` · ${f.source.publisher}` : ''}${marks}`;
}

/** Bars coloured by provenance; figures at other settings outlined; highlighted models solid. */
export function barConfig(def: BarChart, o: DrawOptions): ChartConfiguration {
  const t = o.theme;
  const figures = o.maxBars ? def.figures.slice(0, o.maxBars) : def.figures;
  const perModel = new Map<string, number>();
  for (const f of def.figures) perModel.set(f.model, (perModel.get(f.model) ?? 0) + 1);
  const faded = (f: Figure) => (o.highlight?.size ? !o.highlight.has(f.model) : false);
  const datasets: ChartDataset<'bar'>[] = PROVENANCE_ORDER.filter((p) => figures.some((f) => f.provenance === p)).map((p) => ({
    label: PROVENANCE_LABELS[p],
    data: figures.map((f) => (f.provenance === p ? f.score : null)),
    grouped: false,
    backgroundColor: figures.map((f) => withAlpha(t.provenance[p], f.differs.length ? 0.15 : faded(f) ? 0.3 : 1)),
    borderColor: figures.map(() => t.provenance[p]),
    borderWidth: figures.map((f) => (f.differs.length ? 2 : 0)),
    barPercentage: 0.85,
    categoryPercentage: 1,
  }));
  const scale = scoreScale(def, t, true);
  return {
    type: 'bar',
    data: { labels: figures.map((f) => barLabel(f, (perModel.get(f.model) ?? 0) > 1)), datasets },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: 56 } },
      scales: {
        x: scale as unknown as ScaleOptionsByType<'linear'>,
        y: { ticks: { color: t.fg, autoSkip: false, callback: shortLabel }, grid: { display: false } },
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => figureLine(figures[c.dataIndex]!, def.unit) } },
      },
    },
    plugins: [pointLabels((i) => formatScore(figures[i]!.score, def.unit), t, 'end')],
  };
}
