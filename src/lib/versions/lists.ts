/**
 * A dataset back as record lists (what the archive writes): the inverse of `buildDataset` for
 * validated records, so a past version's archive has the same layout as the current one.
 */
import type { Absence, Result } from '../../schemas';
import type { AbsenceRow, Dataset, RecordLists, ResultRow } from '../dataset';

const strip = <T extends { source: string; index: number }>({ source: _s, index: _i, ...rest }: T) => rest;

/** The record lists a dataset was built from (results regrouped per source file, in order). */
export function listsOf(data: Dataset): RecordLists {
  const files = new Map<string, { source: string; results: Result[]; absent?: Absence[] }>();
  const fileOf = (source: string) => {
    let f = files.get(source);
    if (!f) files.set(source, (f = { source, results: [] }));
    return f;
  };
  for (const r of [...data.results].sort((a, b) => a.index - b.index)) fileOf(r.source).results.push(strip<ResultRow>(r) as Result);
  for (const a of [...data.absences].sort((x, y) => x.index - y.index)) (fileOf(a.source).absent ??= []).push(strip<AbsenceRow>(a) as Absence);
  return {
    organizations: data.organizations, models: data.models, benchmarks: data.benchmarks, sources: data.sources,
    claims: data.claims, redirects: data.redirects, results: [...files],
  };
}
