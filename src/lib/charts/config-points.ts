/** The Chart.js configurations of scatter and over-time charts (points and stepped lines). */
import type { ChartConfiguration, ChartDataset, ScaleOptionsByType } from 'chart.js';
import type { DrawOptions } from './config';
import { ORIGIN_STYLE, PROVENANCE_ORDER, figureLine, scoreScale, sidePadding } from './config-shared';
import { PROVENANCE_LABELS } from './format';
import { placedPointLabels } from './labels';
import { intervalBounds, whiskers } from './whiskers';
import type { OverTimeChart, ScatterChart } from './types';

/** Days since 1970-01-01 for a YYYY-MM-DD date (the over-time x axis). */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const monthOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 7);

/**
 * The over-time axis's ticks: the first days of months (as day numbers) from `min` to `max`,
 * every 1, 2, 3, 6 or 12 months, the fewest apart that give at most `most` ticks. A tick
 * labelled "2026-02" then stands on 1 February, not on whichever day a round number fell.
 */
export function monthTicks(min: number, max: number, most = 8): number[] {
  const start = new Date(min * 86_400_000);
  const first = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0);
  const end = new Date(max * 86_400_000);
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const step = [1, 2, 3, 6, 12].find((k) => Math.floor((last - first) / k) + 1 <= most) ?? Math.ceil((last - first + 1) / most);
  const ticks: number[] = [];
  // Steps line up on the calendar (quarters start in January, April, …), not on the first month shown.
  for (let m = Math.ceil(first / step) * step; m <= last; m += step) ticks.push(Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000);
  return ticks;
}

/** Points coloured by provenance, shaped by origin, on a log x axis. */
export function scatterConfig(def: ScatterChart, o: DrawOptions): ChartConfiguration {
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
        y: { ...scoreScale(def, t, false), ...intervalBounds(def.points) } as unknown as ScaleOptionsByType<'linear'>,
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => { const pt = groups[c.datasetIndex]![c.dataIndex]!; return `${pt.modelName}: ${figureLine(pt, def.unit)}`; } } },
      },
    },
    plugins: [
      placedPointLabels((i, d) => { const pt = groups[d]![i]!; return { text: pt.modelName, short: String(def.points.indexOf(pt) + 1) }; }, t),
      whiskers((i, d) => groups[d]![i]!.uncertainty, (i, d) => groups[d]![i]!.score, t.fg, 'y'),
    ],
  };
}

/** One stepped line per origin through the points where its best changed; markers in the line's colour. */
export function overTimeConfig(def: OverTimeChart, o: DrawOptions): ChartConfiguration {
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
      pointBackgroundColor: t.origin[s.origin],
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
        x: { type: 'linear', title: { display: true, text: 'model release date', color: t.muted }, ticks: { color: t.muted, callback: (v) => monthOf(Number(v)) }, grid: { color: t.grid },
          afterBuildTicks: (axis) => { axis.ticks = monthTicks(axis.min, axis.max).map((value) => ({ value })); } },
        y: { ...scoreScale(def, t, false), ...intervalBounds(series.flatMap((s) => s.steps)) } as unknown as ScaleOptionsByType<'linear'>,
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => { const p = series[c.datasetIndex]!.steps[c.dataIndex]; return p ? `${p.modelName} (${p.released}): ${figureLine(p, def.unit)}` : ''; } } },
      },
    },
    plugins: [
      placedPointLabels((i, d) => {
        const p = series[d]!.steps[i];
        return p && { text: p.modelName, short: String(series.slice(0, d).reduce((n, s) => n + s.steps.length, 0) + i + 1) };
      }, t, true),
      whiskers((i, d) => series[d]!.steps[i]?.uncertainty, (i, d) => series[d]!.steps[i]?.score, t.fg, 'y'),
    ],
  };
}
