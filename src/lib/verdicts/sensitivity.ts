/**
 * How much a score verdict depends on its threshold, and what would change it. The strip
 * recomputes the verdict at neighbouring thresholds from the same lines (no new evidence);
 * "what would change it" names the smallest gains or losses that would move the verdict.
 */
import type { ScoreComparisonTest } from '../../schemas';
import type { Dataset } from '../dataset';
import { formatGap } from '../format';
import { passes, type Judged } from './judge';
import { modelName } from './select';
import { verdictOfShare } from './share';
import type { Line, SensitivityStep, Verdict } from './types';

/** Offsets of the strip, in steps: two below to two above the claim's threshold. */
export const SENSITIVITY_STEPS = [-2, -1, 0, 1, 2] as const;
/** One step: 1 percentage point of the scale, 10 rating points on Elo. */
export const STEP = { points: 1, elo: 10 } as const;

/** The verdict at each neighbouring threshold. */
export function sensitivityStrip(lines: Line[], judged: (Judged | undefined)[], test: ScoreComparisonTest): SensitivityStep[] {
  return SENSITIVITY_STEPS.map((k) => {
    const minGap = test.minGap + k * STEP.points;
    const minGapElo = test.minGapElo === undefined ? undefined : test.minGapElo + k * STEP.elo;
    const results = lines.map((l, i) => {
      const j = judged[i];
      return j ? passes(j, j.bounded ? minGap : minGapElo, !!test.strict) : l.pass;
    });
    const decided = results.filter((p): p is boolean => p !== null);
    return { minGap, minGapElo, verdict: verdictOfShare(decided.filter(Boolean).length, decided.length, test.supported, test.partly), current: k === 0 };
  });
}

const RANK: Verdict[] = ['Not supported', 'Partly supported', 'Supported'];

/** How many passing tests of `n` a verdict needs. */
const needed = (share: number, n: number) => Math.ceil(share * n - 1e-9);

/** What would move a score verdict, in plain words with the margins. */
export function wouldChangeScores(data: Dataset, lines: Line[], verdict: Verdict, test: ScoreComparisonTest): string {
  const decided = lines.filter((l) => l.pass !== null && l.gap !== undefined && l.threshold !== undefined);
  const subject = (l: Line) => modelName(data, l.evidence?.[0]?.model ?? '');
  const n = decided.length;
  const passed = decided.filter((l) => l.pass).length;
  const unit = (l: Line) => (l.gapUnit === 'rating' ? 'rating points' : 'points');
  const margin = (l: Line) => (l.tie ? -l.threshold! : l.gap! - l.threshold!);
  const parts: string[] = [];
  if (n === 0) return 'A like-for-like measurement of both sides on any of these tests, by one evaluator, would let the rule decide.';
  const rank = RANK.indexOf(verdict);
  if (rank >= 0 && rank < 2) {
    const target = RANK[rank + 1]!;
    const count = needed(target === 'Supported' ? test.supported : test.partly, n) - passed;
    const closest = decided.filter((l) => !l.pass).sort((a, b) => margin(b) - margin(a)).slice(0, Math.max(count, 1)).slice(0, 3);
    const more = (l: Line) => `${test.strict ? 'more than ' : ''}${formatGap(-margin(l), l.gapUnit === 'rating' ? 'Elo' : '%')} ${unit(l)} more`;
    const list = closest.map((l) => `${subject(l)} would need ${l.tie ? 'a lead outside the published intervals' : more(l)} on ${l.label}`);
    parts.push(`${target} would need ${count} more passing test${count === 1 ? '' : 's'} of these ${n}; the closest: ${list.join('; ')}`);
  }
  if (rank > 0) {
    const lower = RANK[rank - 1]!;
    const floor = needed(verdict === 'Supported' ? test.supported : test.partly, n);
    const fewer = passed - floor + 1;
    const narrowest = decided.filter((l) => l.pass).sort((a, b) => margin(a) - margin(b)).slice(0, Math.min(fewer, 3));
    parts.push(`${lower} would follow if ${fewer} passing test${fewer === 1 ? '' : 's'} failed; the narrowest: ${narrowest.map((l) => `${l.label} (${formatGap(margin(l), l.gapUnit === 'rating' ? 'Elo' : '%')} ${unit(l)} above the threshold)`).join('; ')}`);
  }
  const notComparable = lines.filter((l) => l.pass === null).length;
  if (notComparable) parts.push(`${notComparable} test${notComparable === 1 ? '' : 's'} without a like-for-like measurement would count once one evaluator measures both sides under the same stated conditions`);
  return `${parts.join('. ')}.`;
}
