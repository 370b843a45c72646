/**
 * The evidence in force at a date. "At launch" is judged on what was published by the launch
 * date plus a grace window (independent boards take weeks to list a new model), with each
 * board read in the snapshot in force then; "today" on everything. A measurement counts at a
 * date when one of its citations was published by then; a document superseded by a later
 * version that is also in force no longer counts (the older board snapshot gives way).
 */
import type { Dataset, ResultRow } from '../dataset';
import { measurementsOf, type Measurement } from '../measurements';

/** Days after a launch during which published evidence still counts "at launch". */
export const GRACE_DAYS = 30;

/** Why the grace window is what it is, printed with every rule. */
export const GRACE_RATIONALE =
  `Evidence published up to ${GRACE_DAYS} days after the launch counts "at launch": independent boards need a few weeks to run and list a new model, and a month keeps the comparison to the launch's own contemporaries.`;

/** `date` plus `days`, as YYYY-MM-DD (UTC). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Sources whose publication date is known and on or before `cutoff`, minus those superseded by one that is too. */
export function sourcesInForce(data: Dataset, cutoff: string): Set<string> {
  const inForce = new Set<string>();
  for (const [id, s] of data.sources) if (s.published !== null && s.published <= cutoff) inForce.add(id);
  for (const [id, s] of data.sources) if (s.supersedes && inForce.has(id)) inForce.delete(s.supersedes);
  return inForce;
}

/** A measurement as known at a date: only the citations in force then. */
export interface MeasurementAt extends Measurement {
  /** The citations in force at the date (a subset of `citations`). */
  citationsAt: ResultRow[];
}

const memo = new WeakMap<Dataset, Map<string, MeasurementAt[]>>();

/**
 * Every measurement with at least one citation in force at `cutoff` (undefined: all of them,
 * undated sources included). Memoised per dataset and cutoff.
 */
export function measurementsAt(data: Dataset, cutoff?: string): MeasurementAt[] {
  let byDate = memo.get(data);
  if (!byDate) memo.set(data, (byDate = new Map()));
  const key = cutoff ?? 'all';
  let hit = byDate.get(key);
  if (!hit) {
    const all = measurementsOf(data);
    if (cutoff === undefined) {
      const latest = sourcesInForce(data, '9999-12-31');
      const undated = new Set([...data.sources].filter(([, s]) => s.published === null).map(([id]) => id));
      hit = all
        .map((m) => ({ ...m, citationsAt: m.citations.filter((c) => latest.has(c.source) || undated.has(c.source)) }))
        .filter((m) => m.citationsAt.length > 0);
    } else {
      const inForce = sourcesInForce(data, cutoff);
      hit = all.map((m) => ({ ...m, citationsAt: m.citations.filter((c) => inForce.has(c.source)) })).filter((m) => m.citationsAt.length > 0);
    }
    byDate.set(key, hit);
  }
  return hit;
}
