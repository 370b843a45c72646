/**
 * Chart ids are permalinks: a renamed chart keeps its old address through data/redirects/
 * (kind "chart"). The general cross-checks cannot see chart ids (they are derived, not files),
 * so this check runs beside them in the build.
 */
import type { Dataset } from '../dataset';
import type { Problem } from '../problems';
import { listCharts } from './list';

/**
 * Problems with chart redirects: a `to` that is no live chart id, or a `from` that still is one.
 * @param fileOf the file a redirect is read from, for messages
 */
export function checkChartRedirects(data: Dataset, fileOf = (id: string) => `data/redirects/${id}.json`): Problem[] {
  const live = new Set(listCharts(data).map((c) => c.id));
  const problems: Problem[] = [];
  for (const [id, r] of data.redirects) {
    if (r.kind !== 'chart') continue;
    if (!live.has(r.to)) problems.push({ file: fileOf(id), path: 'to', message: `no chart has the id "${r.to}" (a redirect must lead to a live chart; see src/lib/charts/README.md for how chart ids are made)` });
    if (live.has(r.from)) problems.push({ file: fileOf(id), path: 'from', message: `"${r.from}" is still a live chart id (a redirect is only for retired ids; delete the redirect)` });
  }
  return problems;
}

/**
 * Every chart problem the build must stop on: chart redirects, and ids that would clash
 * (listCharts throws on those). Run after the data itself is valid.
 */
export function chartProblems(data: Dataset): Problem[] {
  try {
    return checkChartRedirects(data);
  } catch (e) {
    return [{ file: 'data/results', path: '', message: (e as Error).message }];
  }
}
