/**
 * Verdicts for the article's claims, computed from the dataset on every build. A claim about
 * GLM-5.2 is judged against the models released by its launch (its contemporaries: the
 * verdict shown) and against every model in the data today (how the picture has moved since).
 * Both use every figure published so far.
 */
import type { Claim, ClaimTest } from '../../schemas';
import type { Dataset } from '../dataset';
import { dataAsOf } from '../dataset-version';
import { mixtureOfExperts, notRecorded, openWeights, parameters, price, releasedAfter } from './facts';
import { scoreComparison } from './score-comparison';
import type { Outcome, Verdict } from './types';

export * from './types';

/** Runs one test at a date. */
export function runTest(data: Dataset, test: ClaimTest, date: string): Outcome {
  switch (test.rule) {
    case 'score-comparison': return scoreComparison(data, test, date);
    case 'parameters': return parameters(data, test, date);
    case 'price': return price(data, test, date);
    case 'open-weights': return openWeights(data, test, date);
    case 'released-after': return releasedAfter(data, test);
    case 'mixture-of-experts': return mixtureOfExperts(data, test);
    case 'not-recorded': return notRecorded(test.needs);
  }
}

export interface ClaimVerdict {
  id: string;
  claim: Claim;
  /** The verdict shown: at launch where the claim names one, else today's; Opinion if not measurable. */
  verdict: Verdict;
  /** The launch date, when the claim names one. */
  launchDate?: string | undefined;
  atLaunch?: Outcome | undefined;
  today?: Outcome | undefined;
  /** Context tests (today), shown beside but never deciding. */
  alsoShown: Outcome[];
}

/** The verdict of one claim. */
export function judgeClaim(data: Dataset, id: string, claim: Claim, today = dataAsOf(data)): ClaimVerdict {
  if (!claim.test) return { id, claim, verdict: 'Opinion', alsoShown: [] };
  const launchDate = claim.launchOf ? data.models.get(claim.launchOf)?.released.value : undefined;
  const now = runTest(data, claim.test, today);
  const atLaunch = launchDate ? runTest(data, claim.test, launchDate) : undefined;
  return {
    id,
    claim,
    verdict: (atLaunch ?? now).verdict,
    launchDate,
    atLaunch,
    today: now,
    alsoShown: (claim.alsoShown ?? []).map((t) => runTest(data, t, launchDate ?? today)),
  };
}

/** Every claim's verdict, in the article's order (paragraph, then position of the quote). */
export function judgeAll(data: Dataset, articleText?: string): ClaimVerdict[] {
  const pos = (q: string) => (articleText ? articleText.indexOf(q) : 0);
  return [...data.claims.entries()]
    .map(([id, c]) => judgeClaim(data, id, c))
    .sort((a, b) => a.claim.paragraph - b.claim.paragraph || pos(a.claim.quote) - pos(b.claim.quote) || a.id.localeCompare(b.id));
}
