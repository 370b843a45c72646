/**
 * A chart definition as its JSON download (/charts/<id>.json), which the chart script fetches
 * too: each document is named once, in the file's `sources`, and a figure's citations point
 * to it by id. A figure's `source` (its first document) is an index into its `citations`.
 * `chartFromFile` gives back the definition exactly. Drawing reads no citation
 * (tests/unit/chart-file.test.ts), so the script draws the file's chart as it is.
 */
import type { ChartDef, Figure, FigureSource } from './types';

/** A document as the file names it once: what is the same in every citation of it. */
export interface FileSource {
  title: string;
  url: string;
  /** The publisher's display name (a citation names another when a board row was submitted by someone else). */
  publisher: string;
  published: string | null;
  /** Read from a copy, archive or transcription (or press). */
  secondary: boolean;
}

/** One citation in the file: the source's id, the row and where in the source the figure stands. */
export interface FileCitation {
  id: string;
  row: string;
  locator: string;
  /** Only when it differs from the source's (a board submission). */
  publisher?: string;
}

/** A figure in the file: its citations by reference, `source` the index of the first document. */
export type FileFigure<F extends Figure = Figure> = Omit<F, 'source' | 'citations'> & { source: number; citations: FileCitation[] };

/** The chart as the file holds it, with the documents its figures cite. */
export interface ChartFile {
  sources: Record<string, FileSource>;
  chart: ChartDef;
}

/** Applies `f` to every figure of a chart (bars, points, steps), keeping the rest. */
function mapFigures(def: ChartDef, f: <T extends Figure>(x: T) => T): ChartDef {
  if (def.kind === 'bar') return { ...def, figures: def.figures.map(f) };
  if (def.kind === 'scatter') return { ...def, points: def.points.map(f) };
  return { ...def, series: def.series.map((s) => ({ ...s, steps: s.steps.map(f) })) };
}

/** The chart with each document named once (the file's shape; typed as the definition it stands for). */
export function chartFile(def: ChartDef): ChartFile {
  const sources: Record<string, FileSource> = {};
  const compact = <T extends Figure>(x: T): T => {
    const citations = x.citations.map((c) => {
      const known = (sources[c.id] ??= { title: c.title, url: c.url, publisher: c.publisher, published: c.published, secondary: c.secondary });
      return { id: c.id, row: c.row, locator: c.locator, ...(c.publisher === known.publisher ? {} : { publisher: c.publisher }) };
    });
    const source = x.citations.findIndex((c) => c.row === x.source.row);
    return { ...x, source, citations } as unknown as T;
  };
  const chart = mapFigures(def, compact);
  return { sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))), chart };
}

/** The definition a chart file stands for, every citation in full again. */
export function chartFromFile(file: ChartFile): ChartDef {
  const full = <T extends Figure>(x: T): T => {
    const f = x as unknown as FileFigure;
    const citations: FigureSource[] = f.citations.map((c) => {
      const s = file.sources[c.id]!;
      return { id: c.id, row: c.row, title: s.title, url: s.url, publisher: c.publisher ?? s.publisher, published: s.published, locator: c.locator, secondary: s.secondary };
    });
    return { ...x, source: citations[f.source]!, citations } as unknown as T;
  };
  return mapFigures(file.chart, full);
}
