/**
 * The copy of a chart definition the page hands to the browser chart (`data-def`): everything
 * the drawing reads, without what only the table and downloads need (each figure's documents,
 * which the table beside the chart lists, and the notes printed under it). A folded bar keeps
 * its document count. Keeps chart pages light.
 */
import type { ChartDef, Figure } from './types';

const slim = <F extends Figure>(f: F): F => ({ ...f, citations: [], source: { ...f.source, title: '', url: '', locator: '' } });

/** The chart definition as the browser needs it. */
export function browserDef(def: ChartDef): ChartDef {
  const base = { ...def, notes: [] };
  if (def.kind === 'bar') return { ...base, kind: 'bar', norm: def.norm, figures: def.figures.map(slim) };
  if (def.kind === 'scatter') return { ...base, kind: 'scatter', xLabel: def.xLabel, xLog: def.xLog, points: def.points.map(slim), beside: def.beside };
  return { ...base, kind: 'over-time', until: def.until, series: def.series.map((s) => ({ ...s, steps: s.steps.map(slim) })) };
}
