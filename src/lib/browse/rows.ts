/**
 * A citation as every browse table shows it: score with unit (on the benchmark's scale, rounded
 * by format.ts), who published it (provenance), whether we read the original or a copy, its
 * settings, the measurement it cites, and any conflict or revision it is part of.
 */
import { findConflicts, type Conflict } from '../conflicts';
import type { Dataset, ResultRow } from '../dataset';
import { measurementOfRow, scaledScore, scaledUncertainty } from '../measurements';
import { isSecondary, provenanceOfRow, type Provenance } from '../provenance';
import { describeSettings } from '../settings';
import { formatScore, formatUncertainty } from './format';

export interface RowView {
  row: ResultRow;
  /** Stable anchor id of the figure: `<source>-<index>`. */
  anchor: string;
  score: string;
  uncertainty: string;
  provenance: Provenance | undefined;
  secondary: boolean;
  settings: string;
  /** The day the source was published (or, when it carries no date, the day we read it). */
  date: string | undefined;
  /** The conflicts and revisions this figure takes part in. */
  conflicts: Pick<Conflict, 'id' | 'kind'>[];
  /** The measurement this row is a citation of (src/lib/measurements.ts). */
  measurement: string | undefined;
  /** Whether we read the figure in the original document or in a copy (archive, transcription, press). */
  readIn: 'original' | 'copy';
  /** What we read, said plainly: "the original", "a copy (…)" or "a press report …". */
  readInText: string;
}

/** A stable key of one figure. */
export const rowKey = (r: Pick<ResultRow, 'source' | 'index'>) => `${r.source}-${r.index}`;

const conflictCache = new WeakMap<Dataset, Map<string, Conflict[]>>();

/** The conflicts and revisions about a model, a benchmark, or involving a source. */
export function conflictsFor(data: Dataset, about: { model?: string; benchmark?: string; source?: string }): Conflict[] {
  return findConflicts(data).filter(
    (c) => (!about.model || c.model === about.model) && (!about.benchmark || c.benchmark === about.benchmark) &&
      (!about.source || c.rows.some((r) => r.source === about.source)),
  );
}

/** Conflicts and revisions by figure key, computed once per dataset. */
export function conflictsByRow(data: Dataset): Map<string, Conflict[]> {
  let index = conflictCache.get(data);
  if (!index) {
    index = new Map();
    for (const c of findConflicts(data)) for (const r of c.rows) index.set(rowKey(r), [...(index.get(rowKey(r)) ?? []), c]);
    conflictCache.set(data, index);
  }
  return index;
}

/** The date a figure became public: its source's date, else the day it was read. */
export function rowDate(data: Pick<Dataset, 'sources'>, row: Pick<ResultRow, 'source'>): string | undefined {
  const s = data.sources.get(row.source);
  return s ? (s.published ?? s.retrieved) : undefined;
}

/** Describes figures for display, keeping their order. */
export function describeRows(data: Dataset, rows: ResultRow[]): RowView[] {
  const conflicts = conflictsByRow(data);
  return rows.map((row) => {
    const b = data.benchmarks.get(row.benchmark);
    const m = measurementOfRow(data, row);
    const secondary = isSecondary(data, row.source);
    return {
      row,
      anchor: rowKey(row),
      score: formatScore(m?.score ?? scaledScore(row), b?.unit, b?.range),
      uncertainty: formatUncertainty(rowInterval(row), b?.unit, b?.range),
      provenance: provenanceOfRow(data, row),
      secondary,
      settings: describeSettings(row.settings),
      date: rowDate(data, row),
      conflicts: (conflicts.get(rowKey(row)) ?? []).map(({ id, kind }) => ({ id, kind })),
      measurement: m?.id,
      readIn: secondary ? 'copy' : 'original',
      readInText: readInText(data, row.source),
    };
  });
}

/** A row's own printed interval on its benchmark's scale. */
const rowInterval = (row: ResultRow) => scaledUncertainty(row);

/** What we read for a source's figures, in plain words (the copy itself is named on the source page). */
export function readInText(data: Pick<Dataset, 'sources'>, sourceId: string): string {
  const s = data.sources.get(sourceId);
  if (!s) return 'unknown';
  if (s.readFrom) return 'a copy (named under "What we read")';
  if (s.kind === 'press' || s.relays) return 'a press report or reprint relaying another organization\'s figures';
  return 'the original';
}
