/** The Chart.js configuration of a bar chart: one horizontal bar per measurement, best first. */
import type { ChartConfiguration, ChartDataset, ScaleOptionsByType } from 'chart.js';
import type { DrawOptions } from './config';
import { PROVENANCE_ORDER, figureLine, scoreScale, wrappedLabel } from './config-shared';
import { MARKS, PROVENANCE_LABELS, formatScore } from './format';
import { barEndLabels, originMarks } from './labels';
import { scoreRanks } from './order';
import { withAlpha } from './theme';
import type { BarChart, Figure } from './types';
import { intervalBounds, whiskers } from './whiskers';
import { labelFontSize, shortOrgName } from './wrap-label';

/** The footnote marks of a figure: † settings differ, ° settings not stated, ‡ conflict or revision. */
export const figureMarks = (f: Figure) =>
  `${f.differs.length ? ` ${MARKS.differs}` : f.unstated.length ? ` ${MARKS.unstated}` : ''}${f.conflict ? ` ${MARKS.conflict}` : ''}`;

/** A bar's label: rank, model, what tells it apart from the model's other bars (see barQualifiers), and footnote marks. */
export function barLabel(f: Figure, qualifiers: readonly string[] = [], rank?: number): string {
  return `${rank ? `${rank}. ` : ''}${f.modelName}${qualifiers.map((q) => ` · ${q}`).join('')}${figureMarks(f)}`;
}

/**
 * What a bar's label adds so that a model's bars say how they differ: the measurer, when the
 * model has several bars and the chart's bars come from more than one measurer, and the
 * settings (of its printed settings) that differ among the model's bars from one measurer.
 * A model with one bar gets nothing.
 * @returns the qualifiers of each figure, by key
 */
export function barQualifiers(figures: readonly Figure[]): Map<string, string[]> {
  const byModel = new Map<string, Figure[]>();
  for (const f of figures) byModel.set(f.model, [...(byModel.get(f.model) ?? []), f]);
  const named = new Set(figures.map((f) => f.measurer)).size > 1;
  const parts = (g: Figure) => (g.settings ? g.settings.split(' · ') : []);
  const out = new Map<string, string[]>();
  for (const bars of byModel.values()) {
    for (const f of bars) {
      const same = bars.filter((g) => g.measurer === f.measurer);
      const own = same.length > 1 ? parts(f).filter((p) => !same.every((g) => parts(g).includes(p))) : [];
      out.set(f.key, [...(named && bars.length > 1 ? [shortOrgName(f.measurer)] : []), ...own]);
    }
  }
  return out;
}

/** The text after a bar's end: its score and how many documents print it. */
export const barEndText = (f: Figure, unit: string) => `${formatScore(f.score, unit)} · ${f.documents} doc${f.documents === 1 ? '' : 's'}`;

/** Bars coloured by provenance and marked by origin; figures at other settings outlined; highlighted models solid. */
export function barConfig(def: BarChart, o: DrawOptions): ChartConfiguration {
  const t = o.theme;
  const figures = o.maxBars ? def.figures.slice(0, o.maxBars) : def.figures;
  const ranks = scoreRanks(def.figures, def.higherIsBetter);
  const qualifiers = barQualifiers(def.figures);
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
  const scale = { ...scoreScale(def, t, true), ...intervalBounds(figures) };
  return {
    type: 'bar',
    data: { labels: figures.map((f) => barLabel(f, qualifiers.get(f.key), ranks.get(f.key))), datasets },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: 104 } },
      scales: {
        x: scale as unknown as ScaleOptionsByType<'linear'>,
        y: { ticks: { color: t.fg, autoSkip: false, padding: 14, callback: wrappedLabel, font: (c) => ({ size: labelFontSize(c.chart.width), lineHeight: 1 }) }, grid: { display: false } },
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => figureLine(figures[c.dataIndex]!, def.unit) } },
      },
    },
    plugins: [
      barEndLabels((i) => barEndText(figures[i]!, def.unit), t, (i) => { const f = figures[i]!; return f.uncertainty?.upper; }),
      originMarks((i) => figures[i]!.origin, t),
      whiskers((i) => figures[i]!.uncertainty, (i) => figures[i]!.score, t.fg, 'x'),
    ],
  };
}
