/**
 * Citations grouped under measurements, as the model, benchmark and source pages show them:
 * a row per measurement (a number measured once) with every document that prints it, first
 * published first, and the conflicts it takes part in naming both measurers and settings.
 * Identity comes from measurements.ts; every number is rounded by format.ts.
 */
import { findConflicts, type Conflict } from '../conflicts';
import type { Dataset, ResultRow } from '../dataset';
import { measurementOfRow, type Measurement } from '../measurements';
import { relabelOfMeasurement } from '../relabels';
import type { Provenance } from '../provenance';
import { describeSettings } from '../settings';
import { benchmarkLabel, formatScore, formatUncertainty } from './format';
import { describeRows, type RowView } from './rows';

/** The other side of a conflict or revision, as a reader needs it: who measured what, under which settings. */
export interface OtherSide {
  measurement: string;
  score: string;
  measurer: string;
  settings: string;
}

export interface MeasurementView {
  measurement: Measurement;
  /** Stable anchor id: `m-<measurement id>`. */
  anchor: string;
  score: string;
  uncertainty: string;
  provenance: Provenance;
  /** Display name of who measured it. */
  measurer: string;
  settings: string;
  /** Every document that prints it, first published first. */
  citations: RowView[];
  /** Conflicts and revisions it is part of, with the other measurements named. */
  conflicts: { id: string; kind: 'conflict' | 'revision'; others: OtherSide[] }[];
  /** The likely relabelling it is part of (the same number under another version), with the other versions named. */
  relabel?: { id: string; others: { measurement: string; benchmark: string; label: string }[] } | undefined;
}

const byMeasurement = new WeakMap<Dataset, Map<string, Conflict[]>>();

/** Conflicts and revisions by measurement id, computed once per dataset. */
function conflictsOf(data: Dataset, id: string): Conflict[] {
  let index = byMeasurement.get(data);
  if (!index) {
    index = new Map();
    for (const c of findConflicts(data)) for (const m of c.measurements) index.set(m.id, [...(index.get(m.id) ?? []), c]);
    byMeasurement.set(data, index);
  }
  return index.get(id) ?? [];
}

const orgName = (data: Pick<Dataset, 'organizations'>, id: string) => data.organizations.get(id)?.name ?? id;

/** The relabelling a measurement is part of, with the other versions' labels. */
function relabelView(data: Dataset, m: Measurement): MeasurementView['relabel'] {
  const r = relabelOfMeasurement(data, m.id);
  if (!r) return undefined;
  const label = (id: string) => { const b = data.benchmarks.get(id); return b ? benchmarkLabel(b) : id; };
  return { id: r.id, others: r.measurements.filter((x) => x.id !== m.id).map((x) => ({ measurement: x.id, benchmark: x.benchmark, label: label(x.benchmark) })) };
}

/** One measurement as a row: its score, measurer, settings, citations and conflicts. */
export function describeMeasurement(data: Dataset, m: Measurement): MeasurementView {
  const b = data.benchmarks.get(m.benchmark);
  const fmt = (x: Measurement) => formatScore(x.score, b?.unit, b?.range);
  return {
    measurement: m,
    anchor: `m-${m.id}`,
    score: fmt(m),
    uncertainty: formatUncertainty(m.uncertainty, b?.unit, b?.range),
    provenance: m.provenance,
    measurer: orgName(data, m.measurer),
    settings: describeSettings(m.settings),
    citations: describeRows(data, m.citations),
    conflicts: conflictsOf(data, m.id).map((c) => ({
        id: c.id,
        kind: c.kind,
        others: c.measurements.filter((x) => x.id !== m.id).map((x) => ({ measurement: x.id, score: fmt(x), measurer: orgName(data, x.measurer), settings: describeSettings(x.settings) })),
      })),
    relabel: relabelView(data, m),
  };
}

/**
 * The measurements the given rows cite, each once, in the order their first row appears; each
 * lists all its citations (also those outside `rows`, e.g. other documents on a source page).
 */
export function describeMeasurements(data: Dataset, rows: ResultRow[]): MeasurementView[] {
  const seen = new Map<string, Measurement>();
  for (const r of rows) {
    const m = measurementOfRow(data, r);
    if (m && !seen.has(m.id)) seen.set(m.id, m);
  }
  return [...seen.values()].map((m) => describeMeasurement(data, m));
}
