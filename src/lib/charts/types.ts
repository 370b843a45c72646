/**
 * Chart definitions: plain, JSON-serialisable data. One definition feeds the page's table, the
 * browser chart, the build-time PNG/SVG, the CSV/JSON downloads and the citation, so they can
 * never disagree. Built by the pure functions in this folder from the dataset.
 */
import type { Origin } from '../origin';
import type { Provenance } from '../provenance';
import type { Interval } from '../measurements';

export const CHART_KINDS = ['bar', 'scatter', 'over-time'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** One document that prints a figure: enough to link it and name who published it. */
export interface FigureSource {
  /** Source id (data/sources/<id>.json). */
  id: string;
  /** The result row's key, `<source>-<index>`. */
  row: string;
  title: string;
  url: string;
  /** Publisher's display name. */
  publisher: string;
  /** Publication date, or null when the document carries none. */
  published: string | null;
  /** Where in the source the figure stands. */
  locator: string;
  /** Read from a copy, archive or transcription (or press). */
  secondary: boolean;
}

/**
 * One figure as charts show it: one *measurement* (src/lib/measurements.ts), however many
 * documents print it.
 */
export interface Figure {
  /** Stable anchor: the measurement id. */
  key: string;
  model: string;
  modelName: string;
  origin: Origin;
  /** The score on the benchmark's own scale. */
  score: number;
  provenance: Provenance;
  /** Display name of the organization that measured it. */
  measurer: string;
  /** The first document that printed it (the first of `citations`). */
  source: FigureSource;
  /** Every document that prints it, first published first (empty in the browser's copy, see browser-def.ts). */
  citations: FigureSource[];
  /** How many documents print it (the length of `citations`, kept when they are left out). */
  documents: number;
  /** Settings as a short phrase ("effort high · pass@1"), "" when none are stated. */
  settings: string;
  /** Compared settings stated by both the figure and the chart's norm that differ from it. */
  differs: string[];
  /** Compared settings the chart's norm states and this figure leaves unstated ("settings not stated"). */
  unstated: string[];
  /** Set when another measurement gives a different number for the same thing: the others' keys. */
  conflict?: { kind: 'conflict' | 'revision'; others: string[] } | undefined;
  /** Set when the same measurer printed the same number for this model under another version: the relabelling's id, where it is listed, and the other versions' labels. */
  relabel?: { id: string; benchmark: string; others: string[] } | undefined;
  /** The published interval, on the benchmark's scale. */
  uncertainty?: Interval | undefined;
  note?: string | undefined;
}

/** What every chart carries. */
export interface ChartBase {
  id: string;
  kind: ChartKind;
  title: string;
  /** One sentence saying what the chart shows, written from the data. */
  summary: string;
  benchmark: string;
  benchmarkName: string;
  variant?: string | undefined;
  unit: string;
  higherIsBetter: boolean;
  /** The score axis' bounds from the benchmark's range (null = open). */
  scoreRange: { min: number | null; max: number | null };
  /** Notes a reader needs: norm, flagged settings, conflicts, selection rules. */
  notes: string[];
}

/** One bar per measurement, sorted best first. */
export interface BarChart extends ChartBase {
  kind: 'bar';
  /** The most common compared settings among the figures (the chart's norm). */
  norm: Record<string, string>;
  figures: Figure[];
}

/** A model placed on the plot, with the figure it stands for. */
export interface ScatterPoint extends Figure {
  x: number;
}

/** Score against price or parameters; models without the x value are listed beside. */
export interface ScatterChart extends ChartBase {
  kind: 'scatter';
  xLabel: string;
  xLog: boolean;
  points: ScatterPoint[];
  /** Models with a score but no x value ("undisclosed" parameters, no price). */
  beside: { model: string; modelName: string; reason: string }[];
}

/** A model's figure at its release date. */
export interface DatedPoint extends Figure {
  released: string;
}

/** The best Chinese and best Western figure by release date. */
export interface OverTimeChart extends ChartBase {
  kind: 'over-time';
  /** Per origin, the points where the running best changed, in date order. */
  series: { origin: 'china' | 'west'; steps: DatedPoint[] }[];
  /** The last date drawn (the dataset's data-as-of date). */
  until: string;
}

export type ChartDef = BarChart | ScatterChart | OverTimeChart;

/** A chart's entry in the list of all charts (cheap: no figures computed). */
export interface ChartRef {
  id: string;
  kind: ChartKind;
  benchmark: string;
  variant?: string | undefined;
  /** For scatter charts, the x quantity. */
  x?: ScatterX | undefined;
}

export const SCATTER_X = ['price', 'active-params', 'total-params'] as const;
export type ScatterX = (typeof SCATTER_X)[number];
