/**
 * A published interval, in the form the source prints it: bounds (`lower`, `upper`, as
 * LMArena's "rating_lower"/"rating_upper" or "95% CI 3.4..3.6") or distances from the score
 * (`minus`, `plus`, as "±11" or "−5/+6"). One form per row, never both: the other form is
 * derived in code (src/lib/measurements.ts), so nothing typed is ever a computed number.
 */
import { show, text } from './common';
import { z } from './zod';

const FORMS = 'either {"lower", "upper", "kind"} (the bounds as printed) or {"minus", "plus", "kind"} (distances from the score as printed)';

const kind = text('the kind of interval (e.g. "95% CI", "± as printed (statistic not stated)")').describe(
  'What the interval is as the source names it, e.g. "95% CI", "standard error"; say so when the source does not name it.',
);

const bound = (which: 'lower' | 'upper') =>
  z
    .number({ error: (i) => `expected the ${which} bound as a number exactly as printed, got ${show(i.input)}` })
    .describe(`The ${which} bound of the interval exactly as printed, on the score's scale.`);

const distance = (which: 'minus' | 'plus') =>
  z
    .number({ error: (i) => `expected the distance ${which === 'minus' ? 'below' : 'above'} the score as a number exactly as printed, got ${show(i.input)}` })
    .nonnegative({ error: `a distance cannot be negative: write how far the interval reaches ${which === 'minus' ? 'below' : 'above'} the score (or, if the source prints bounds, use "lower" and "upper")` })
    .describe(`How far the interval reaches ${which === 'minus' ? 'below' : 'above'} the score, exactly as printed.`);

const NOT_BOTH = `write the interval in one form, as the source prints it: ${FORMS}, not both (the other form is derived)`;

/** The message for fields a form does not have: the other form's fields, or unknown ones. */
const unknownKey = (other: readonly string[]) => ({
  error: (i: { code?: string; keys?: string[] }) =>
    i.code !== 'unrecognized_keys'
      ? undefined
      : i.keys?.some((k) => other.includes(k))
        ? NOT_BOTH
        : `unknown field${(i.keys?.length ?? 0) > 1 ? 's' : ''} ${(i.keys ?? []).map((k) => JSON.stringify(k)).join(', ')} in uncertainty: write ${FORMS}`,
});

/** An interval printed as bounds. */
export const boundsSchema = z
  .strictObject({ lower: bound('lower'), upper: bound('upper'), kind }, unknownKey(['minus', 'plus']))
  .describe('An interval printed as its bounds.');

/** An interval printed as distances from the score. */
export const distancesSchema = z
  .strictObject({ minus: distance('minus'), plus: distance('plus'), kind }, unknownKey(['lower', 'upper']))
  .describe('An interval printed as distances from the score.');

/** What is wrong with an uncertainty value, in words that say how to fix it. */
export function uncertaintyProblem(input: unknown): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return `expected ${FORMS}, got ${show(input)}`;
  const has = (k: string) => Object.hasOwn(input, k);
  const isBounds = has('lower') || has('upper');
  if (isBounds && (has('minus') || has('plus'))) return NOT_BOTH;
  const r = (isBounds ? boundsSchema : distancesSchema).safeParse(input);
  const issue = r.success ? undefined : r.error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : `expected ${FORMS}`;
}

/** Uncertainty as printed: bounds or distances. */
export const uncertaintySchema = z
  .union([boundsSchema, distancesSchema], { error: (i) => uncertaintyProblem(i.input) })
  .describe(`Uncertainty as printed: ${FORMS}.`);

export type Uncertainty = z.infer<typeof uncertaintySchema>;

/** Why a score and its interval cannot both be as printed (lower ≤ score ≤ upper), or undefined. */
export function intervalOrderProblem(score: number, u: Uncertainty): string | undefined {
  if (!('lower' in u)) return undefined;
  if (u.lower > u.upper) return `the lower bound ${u.lower} is above the upper bound ${u.upper}: swap them, or check them against the source`;
  if (score < u.lower || score > u.upper)
    return `the score ${score} lies outside its interval ${u.lower} to ${u.upper}: lower ≤ score ≤ upper must hold; check the score and both bounds against the source (distances from the score go in "minus" and "plus")`;
  return undefined;
}
