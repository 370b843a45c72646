/** Turning result rows into evidence with provenance, and picking the best figure of a set. */
import type { Benchmark } from '../../schemas';
import type { Dataset, ResultRow } from '../dataset';
import { scaledScore } from '../measurements';
import { isIndependentSource, isSecondary, provenanceOfRow } from '../provenance';
import type { Evidence } from './types';

/** A row as evidence: its score, provenance and whether its source is secondary. */
export function toEvidence(data: Dataset, row: ResultRow): Evidence {
  return {
    model: row.model,
    score: scaledScore(row),
    row,
    provenance: provenanceOfRow(data, row) ?? 'independent',
    secondary: isSecondary(data, row.source),
  };
}

/** The best of some rows on a benchmark (highest, or lowest where lower is better). */
export function bestRow(rows: ResultRow[], bench: Benchmark | undefined): ResultRow | undefined {
  const sign = bench?.higherIsBetter === false ? -1 : 1;
  return rows.reduce<ResultRow | undefined>((best, r) => (!best || sign * scaledScore(r) > sign * scaledScore(best) ? r : best), undefined);
}

export { isIndependentSource };

export { formatGap } from '../format';
