/**
 * Verdicts for the article's claims, computed from the dataset on every build. Every
 * measurable claim gets three verdicts, each computed and shown:
 * - at launch: the models released by the launch, on the evidence published by the launch
 *   plus a grace window (at-date.ts), vendors' figures included where no evaluator measured;
 * - at launch, independent: the same, on independent evaluators' measurements alone;
 * - today: every model and the latest snapshot of every document.
 * The verdict shown is the launch verdict (today's for a claim that names no launch).
 */
import type { Claim, ClaimTest } from '../../schemas';
import type { Dataset } from '../dataset';
import { dataAsOf } from '../dataset-version';
import { addDays, GRACE_DAYS } from './at-date';
import { efficiency } from './efficiency';
import { mixtureOfExperts, notRecorded, openWeights, parameters, price, releasedAfter } from './facts';
import { scoreComparison, type ComparisonContext } from './score-comparison';
import type { Outcome, Verdict } from './types';

export * from './types';

/** Runs one test in a context (date, evidence cut-off, independent only). */
export function runTest(data: Dataset, test: ClaimTest, ctx: ComparisonContext): Outcome {
  switch (test.rule) {
    case 'score-comparison': return scoreComparison(data, test, { ...ctx, independentOnly: ctx.independentOnly || !!test.independentOnly });
    case 'parameters': return parameters(data, test, ctx.date);
    case 'price': return price(data, test, ctx.date);
    case 'open-weights': return openWeights(data, test, ctx.date);
    case 'released-after': return releasedAfter(data, test);
    case 'mixture-of-experts': return mixtureOfExperts(data, test);
    case 'efficiency': return efficiency(data, test, ctx.date, ctx.cutoff);
    case 'not-recorded': return notRecorded(test.needs);
  }
}

/** Whether a test rests on measurements (so that an independent-only verdict means something). */
export const usesMeasurements = (test: ClaimTest) => test.rule === 'score-comparison';

export interface ClaimVerdict {
  id: string;
  claim: Claim;
  /** The verdict shown: at launch where the claim names one, else today's; Opinion or Prediction if not measurable. */
  verdict: Verdict;
  /** At launch on independent measurements alone (equal to `verdict` for rules over model facts). */
  verdictIndependent?: Verdict | undefined;
  /** Today, against every model in the data. */
  verdictToday?: Verdict | undefined;
  /** The launch date, when the claim names one. */
  launchDate?: string | undefined;
  atLaunch?: Outcome | undefined;
  atLaunchIndependent?: Outcome | undefined;
  today?: Outcome | undefined;
  /** One sentence when vendors' figures (self- or rival-reported) change the verdict; undefined otherwise. */
  vendorEffect?: string | undefined;
  /** Context tests (at the claim's date), shown beside but never deciding. */
  alsoShown: Outcome[];
}

/** The sentence saying how vendors' figures move the verdict, if they do. */
function vendorEffect(all: Outcome, independent: Outcome): string | undefined {
  if (all.verdict === independent.verdict) return undefined;
  return `Vendors' own figures change this verdict: on independent evaluators' measurements alone it is "${independent.verdict}", with vendors' tables "${all.verdict}".`;
}

/** The verdicts of one claim. */
export function judgeClaim(data: Dataset, id: string, claim: Claim, today = dataAsOf(data)): ClaimVerdict {
  if (!claim.test) return { id, claim, verdict: claim.kind === 'prediction' ? 'Prediction' : 'Opinion', alsoShown: [] };
  const test = claim.test;
  const launchDate = claim.launchOf ? data.models.get(claim.launchOf)?.released.value : undefined;
  const launchCtx = launchDate ? { date: launchDate, cutoff: addDays(launchDate, GRACE_DAYS), independentOnly: false } : undefined;
  const now = runTest(data, test, { date: today, independentOnly: false });
  const atLaunch = launchCtx ? runTest(data, test, launchCtx) : undefined;
  const shown = atLaunch ?? now;
  const indep = usesMeasurements(test) ? runTest(data, test, { ...(launchCtx ?? { date: today }), independentOnly: true }) : undefined;
  return {
    id,
    claim,
    verdict: shown.verdict,
    verdictIndependent: (indep ?? shown).verdict,
    verdictToday: now.verdict,
    launchDate,
    atLaunch,
    atLaunchIndependent: indep,
    today: now,
    vendorEffect: indep ? vendorEffect(shown, indep) : undefined,
    alsoShown: (claim.alsoShown ?? []).map((t) => runTest(data, t, launchCtx ?? { date: today, independentOnly: false })),
  };
}

/** Every claim's verdict, in the article's order (paragraph, then position of the quote). */
export function judgeAll(data: Dataset, articleText?: string): ClaimVerdict[] {
  const pos = (q: string) => (articleText ? articleText.indexOf(q) : 0);
  return [...data.claims.entries()]
    .map(([id, c]) => judgeClaim(data, id, c))
    .sort((a, b) => a.claim.paragraph - b.claim.paragraph || pos(a.claim.quote) - pos(b.claim.quote) || a.id.localeCompare(b.id));
}
