/** Verdicts from the share of counted lines that pass. */
import type { Line, Outcome, Verdict } from './types';

/** Supported / Partly / Not from `passed` of `n` decided lines; Unverifiable when none is decided. */
export function verdictOfShare(passed: number, n: number, supported: number, partly: number): Verdict {
  if (n === 0) return 'Unverifiable';
  const share = passed / n;
  return share >= supported - 1e-9 ? 'Supported' : share >= partly - 1e-9 ? 'Partly supported' : 'Not supported';
}

/** The verdict and its reason from the counted lines (lines with `counted: false` are context). */
export function shareVerdict(lines: Line[], supported: number, partly: number): Pick<Outcome, 'verdict' | 'reason' | 'wouldChange'> {
  const counted = lines.filter((l) => l.counted !== false);
  const decided = counted.filter((l) => l.pass !== null);
  const passed = decided.filter((l) => l.pass).length;
  const n = decided.length;
  const undecided = counted.length - n;
  const verdict = verdictOfShare(passed, n, supported, partly);
  if (n === 0) {
    return {
      verdict,
      reason: counted.length
        ? `None of the ${counted.length} tests has a like-for-like measurement of both sides.`
        : 'No test in these categories has a measurement of the claim\'s side.',
      wouldChange: 'A like-for-like measurement of both sides by one evaluator would let the rule decide.',
    };
  }
  return {
    verdict,
    reason: `${passed} of ${n} compared tests pass (${Math.round((passed / n) * 100)}%)${undecided ? `; ${undecided} not comparable` : ''}.`,
    wouldChange: '',
  };
}
