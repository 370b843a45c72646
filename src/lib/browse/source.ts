/** What a source page shows: its revision chain, its figures and its recorded absences. */
import type { Dataset } from '../dataset';
import { describeRows, type RowView } from './rows';

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

/** The absences recorded in a source. */
export const sourceAbsences = (data: Pick<Dataset, 'absences'>, sourceId: string) =>
  data.absences.filter((a) => a.source === sourceId);
