/** What a source page shows: its revision chain, its figures (under their measurements), what was read, and its absences. */
import type { Dataset } from '../dataset';
import { describeMeasurements, type MeasurementView } from './measurement-rows';
import { describeRows, readInText, type RowView } from './rows';

/** The versions of one document, oldest first, following `supersedes` both ways. */
export function revisionChain(data: Pick<Dataset, 'sources'>, sourceId: string): string[] {
  const older: string[] = [];
  const seen = new Set([sourceId]);
  for (let s = data.sources.get(sourceId)?.supersedes; s && !seen.has(s); s = data.sources.get(s)?.supersedes) {
    older.unshift(s);
    seen.add(s);
  }
  const newer: string[] = [];
  for (let cur = sourceId, grew = true; grew; ) {
    grew = false;
    for (const [id, src] of data.sources) {
      if (src.supersedes === cur && !seen.has(id)) {
        newer.push(id);
        seen.add(id);
        cur = id;
        grew = true;
        break;
      }
    }
  }
  return [...older, sourceId, ...newer];
}

/** Sources that directly revise `sourceId` (normally zero or one). */
export const supersededBy = (data: Pick<Dataset, 'sources'>, sourceId: string) =>
  [...data.sources].filter(([, s]) => s.supersedes === sourceId).map(([id]) => id);

/** Every figure read in a source, in file order. */
export function sourceRows(data: Dataset, sourceId: string): RowView[] {
  return describeRows(data, data.results.filter((r) => r.source === sourceId));
}

/** Its figures grouped under the measurements they cite, each listing every document that prints it. */
export const sourceMeasurements = (data: Dataset, sourceId: string): MeasurementView[] =>
  describeMeasurements(data, data.results.filter((r) => r.source === sourceId));

/**
 * What we read for this source, said plainly: how many of its figures were read in the
 * original and how many in a copy (or a press report), and which copy.
 */
export function sourceReading(data: Dataset, sourceId: string): { original: number; copy: number; text: string } {
  const rows = sourceRows(data, sourceId);
  const copy = rows.filter((r) => r.readIn === 'copy').length;
  const original = rows.length - copy;
  const what = readInText(data, sourceId);
  const all = (k: number) => (k === 1 ? 'Its one figure was' : `All ${k} figures were`);
  const text = !rows.length
    ? `No figures read here; what we read: ${what}.`
    : copy === 0
      ? `${all(original)} read in the original document.`
      : `${all(copy)} read in ${what}, not in the original.`;
  return { original, copy, text };
}

/** The absences recorded in a source. */
export const sourceAbsences = (data: Pick<Dataset, 'absences'>, sourceId: string) =>
  data.absences.filter((a) => a.source === sourceId);
