/** One-line summaries of the dataset, for the validator and the build log. */
import type { Conflict } from './conflicts';
import type { Dataset } from './dataset';
import { plural } from './text';


/** e.g. "data is valid: 412 results from 38 sources, 31 models, ... ; 5 conflicts, 1 revision". */
export function summarize(data: Dataset, conflicts: Conflict[]): string {
  const c = conflicts.filter((x) => x.kind === 'conflict').length;
  const r = conflicts.length - c;
  return (
    `data is valid: ${plural(data.results.length, 'result')} from ${plural(data.sources.size, 'source')}, ` +
    `${plural(data.models.size, 'model')}, ${plural(data.benchmarks.size, 'benchmark')}, ` +
    `${plural(data.organizations.size, 'organization')}, ${plural(data.claims.size, 'claim')}, ` +
    `${plural(data.redirects.size, 'redirect')}; ${plural(c, 'conflict')}, ${plural(r, 'revision')}`
  );
}
