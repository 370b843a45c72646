/** Which claims concern a model: it is named by the claim's test or its figures decide it. */
import type { ClaimTest } from '../../schemas';
import type { ClaimVerdict } from './index';
import type { Outcome } from './types';

/** Model ids a test names outright (subject, reference, or a selector's `models`). */
function namedModels(test: ClaimTest): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(test) as [string, unknown][]) {
    if (typeof value === 'string' && ['subject', 'model', 'reference'].includes(key)) out.push(value);
    if (value && typeof value === 'object' && 'models' in value) out.push(...((value as { models?: string[] }).models ?? []));
  }
  return out;
}

const outcomeModels = (o: Outcome | undefined) => o?.lines.flatMap((l) => l.evidence?.map((e) => e.model) ?? []) ?? [];

/** The claims whose test names `modelId` or whose deciding figures include it. */
export function claimsConcerning(verdicts: ClaimVerdict[], modelId: string): ClaimVerdict[] {
  return verdicts.filter((v) => {
    const tests = [v.claim.test, ...(v.claim.alsoShown ?? [])].filter((t): t is ClaimTest => !!t);
    return tests.some((t) => namedModels(t).includes(modelId)) || [v.atLaunch, v.today].some((o) => outcomeModels(o).includes(modelId));
  });
}

/** The measurable claims whose verdict rests on vendors' figures alone (no independent figure). */
export function vendorOnlyClaims(verdicts: ClaimVerdict[]): ClaimVerdict[] {
  return verdicts.filter((v) => (v.atLaunch ?? v.today)?.vendorOnly);
}
