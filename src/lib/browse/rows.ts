/**
 * A figure as every browse table shows it: score with unit, who published it (provenance),
 * whether we read a copy (secondary), its settings, and any conflict or revision it is part of.
 */
import { findConflicts, type Conflict } from '../conflicts';
import type { Dataset, ResultRow } from '../dataset';
import { scaledScore, scaledUncertainty } from '../measurements';
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
  return rows.map((row) => ({
    row,
    anchor: rowKey(row),
    score: formatScore(scaledScore(row), data.benchmarks.get(row.benchmark)?.unit),
    uncertainty: formatUncertainty(scaledUncertainty(row)),
    provenance: provenanceOfRow(data, row),
    secondary: isSecondary(data, row.source),
    settings: describeSettings(row.settings),
    date: rowDate(data, row),
    conflicts: (conflicts.get(rowKey(row)) ?? []).map(({ id, kind }) => ({ id, kind })),
  }));
}
