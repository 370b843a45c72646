/**
 * A chart definition as a Chart.js configuration. Browser-safe (imports nothing from Node):
 * the custom element in the browser and the build-time renderer in Node both call this, so
 * the page's chart, the PNG/SVG downloads and the social image are drawn by the same code.
 */
import type { ChartConfiguration, ChartDataset, Plugin, ScaleOptionsByType } from 'chart.js';
import type { Provenance } from '../provenance';
import { MARKS, PROVENANCE_LABELS, formatScore, scoreAxisLabel } from './format';
import { pointLabels } from './labels';
import type { ChartTheme } from './theme';
import { withAlpha } from './theme';
import type { BarChart, ChartDef, Figure, OverTimeChart, ScatterChart } from './types';

/** Options for a drawing: interactive in the browser, static for images. */
export interface DrawOptions {
  theme: ChartTheme;
  /** Static drawings (images) have no animation, no tooltips and a fixed size. */
  static?: boolean;
  /** Only the first n bars (social images). */
  maxBars?: number;
  /** Device pixels per CSS pixel for static drawings (2 = sharp PNG). */
  pixelRatio?: number;
  /** Title and subtitle drawn into images (the page has its own heading). */
  caption?: { title: string; subtitle: string } | undefined;
  /** Model ids to emphasise (URL state); others are faded. */
  highlight?: ReadonlySet<string>;
}

const PROVENANCE_ORDER: Provenance[] = ['independent', 'rival-reported', 'self-reported'];
const ORIGIN_STYLE = { china: 'triangle', west: 'circle', elsewhere: 'rect' } as const;

/** Days since 1970-01-01 for a YYYY-MM-DD date (the over-time x axis). */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const monthOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 7);

/** A bar's label: model, publisher when the model has several bars, and footnote marks. */
export function barLabel(f: Figure, several: boolean): string {
  const marks = `${f.differs.length ? ` ${MARKS.differs}` : ''}${f.conflict ? ` ${MARKS.conflict}` : ''}`;
  return `${f.modelName}${several ? ` · ${f.source.publisher}` : ''}${marks}`;
}

/** The Chart.js configuration of a chart definition. */
export function toChartConfig(def: ChartDef, o: DrawOptions): ChartConfiguration {
  const config = def.kind === 'bar' ? barConfig(def, o) : def.kind === 'scatter' ? scatterConfig(def, o) : overTimeConfig(def, o);
  const t = o.theme;
  config.options = {
    ...config.options,
    responsive: !o.static,
    maintainAspectRatio: false,
    animation: false,
    ...(o.pixelRatio ? { devicePixelRatio: o.pixelRatio } : {}),
    color: t.fg,
    font: { family: t.font, size: 12 },
    plugins: {
      ...config.options?.plugins,
      legend: { position: 'top', labels: { color: t.fg, usePointStyle: false } },
      tooltip: { ...config.options?.plugins?.tooltip, enabled: !o.static },
      ...(o.caption
        ? {
            title: { display: true, text: o.caption.title, color: t.fg, font: { size: 16, weight: 'bold' }, align: 'start' as const },
            subtitle: { display: true, text: o.caption.subtitle, color: t.muted, font: { size: 11 }, align: 'start' as const, position: 'bottom' as const },
          }
        : {}),
    },
  };
  config.plugins = [...(config.plugins ?? []), background(t.bg)];
  return config;
}

/** Paints the explicit background (downloads must not be transparent). */
const background = (color: string): Plugin => ({
  id: 'ledgerBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

/**
 * The score axis. Bars start at the benchmark's minimum (bar length must mean something);
 * points and lines fit the data, as their position, not their length, carries the value.
 */
/** Bar labels cut to fit a phone-sized plot (the table below has them in full). */
function shortLabel(this: { chart: { width: number }; getLabelForValue(v: number): string }, value: string | number): string {
  const label = this.getLabelForValue(Number(value));
  const max = this.chart.width < 560 ? 18 : 48;
  if (label.length <= max) return label;
  const marks = /(?: [†‡])+$/.exec(label)?.[0] ?? '';
  return `${label.slice(0, max - 1 - marks.length)}…${marks}`;
}

/** Room on the right for names beside points, except on phone-sized plots where none are written. */
const sidePadding = (c: { chart: { width: number } }) => ({ right: c.chart.width < 560 ? 12 : 96 });

const scoreScale = (def: ChartDef, t: ChartTheme, horizontal: boolean) => ({
  type: 'linear' as const,
  min: horizontal ? (def.scoreRange.min ?? undefined) : undefined,
  max: horizontal ? (def.scoreRange.max ?? undefined) : undefined,
  beginAtZero: horizontal && def.scoreRange.min !== null,
  reverse: false,
  position: horizontal ? ('top' as const) : ('left' as const),
  title: { display: true, text: scoreAxisLabel(def.unit, def.higherIsBetter), color: t.muted },
  ticks: { color: t.muted },
  grid: { color: t.grid },
});

function barConfig(def: BarChart, o: DrawOptions): ChartConfiguration {
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

/** A figure in one line for tooltips: score, provenance, publisher, settings. */
export const figureLine = (f: Figure, unit: string) =>
  `${formatScore(f.score, unit)} · ${PROVENANCE_LABELS[f.provenance]} · ${f.source.publisher}${f.settings ? ` · ${f.settings}` : ''}`;

function scatterConfig(def: ScatterChart, o: DrawOptions): ChartConfiguration {
  const t = o.theme;
  const groups = PROVENANCE_ORDER.map((p) => def.points.filter((pt) => pt.provenance === p)).filter((g) => g.length);
  const datasets: ChartDataset<'scatter'>[] = groups.map((g) => ({
    label: PROVENANCE_LABELS[g[0]!.provenance],
    data: g.map((pt) => ({ x: pt.x, y: pt.score })),
    backgroundColor: t.provenance[g[0]!.provenance],
    borderColor: t.provenance[g[0]!.provenance],
    pointStyle: g.map((pt) => ORIGIN_STYLE[pt.origin]),
    pointRadius: g.map((pt) => (o.highlight?.has(pt.model) ? 7 : 5)),
  }));
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      layout: { padding: sidePadding },
      scales: {
        x: { type: def.xLog ? 'logarithmic' : 'linear', title: { display: true, text: def.xLabel, color: t.muted }, ticks: { color: t.muted }, grid: { color: t.grid } },
        y: scoreScale(def, t, false) as unknown as ScaleOptionsByType<'linear'>,
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => { const pt = groups[c.datasetIndex]![c.dataIndex]!; return `${pt.modelName}: ${figureLine(pt, def.unit)}`; } } },
      },
    },
    plugins: [pointLabels((i, d) => groups[d]![i]!.modelName, t, 'right')],
  };
}

function overTimeConfig(def: OverTimeChart, o: DrawOptions): ChartConfiguration {
  const t = o.theme;
  const until = dayNumber(def.until);
  const datasets: ChartDataset<'line'>[] = def.series.filter((s) => s.steps.length).map((s) => {
    const last = s.steps.at(-1)!;
    const pts = [...s.steps.map((p) => ({ x: dayNumber(p.released), y: p.score })), { x: Math.max(until, dayNumber(last.released)), y: last.score }];
    return {
      label: `best ${s.origin === 'china' ? 'Chinese' : 'Western'} model`,
      data: pts,
      stepped: 'before',
      borderColor: t.origin[s.origin],
      backgroundColor: t.origin[s.origin],
      pointBackgroundColor: [...s.steps.map((p) => t.provenance[p.provenance]), t.origin[s.origin]],
      pointStyle: ORIGIN_STYLE[s.origin],
      pointRadius: [...s.steps.map(() => 5), 0],
      borderWidth: 2,
    };
  });
  const series = def.series.filter((s) => s.steps.length);
  return {
    type: 'line',
    data: { datasets },
    options: {
      layout: { padding: sidePadding },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'model release date', color: t.muted }, ticks: { color: t.muted, callback: (v) => monthOf(Number(v)) }, grid: { color: t.grid } },
        y: scoreScale(def, t, false) as unknown as ScaleOptionsByType<'linear'>,
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => { const p = series[c.datasetIndex]!.steps[c.dataIndex]; return p ? `${p.modelName} (${p.released}): ${figureLine(p, def.unit)}` : ''; } } },
      },
    },
    plugins: [pointLabels((i, d) => series[d]!.steps[i]?.modelName ?? '', t, 'right')],
  };
}
