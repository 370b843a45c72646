/** Verdicts from the share of lines that pass, and what would move them. */
import type { Line, Outcome } from './types';

/** Supported / Partly / Not from the share of decided lines that pass; Unverifiable if none decided. */
export function shareVerdict(lines: Line[], supported: number, partly: number): Pick<Outcome, 'verdict' | 'reason' | 'wouldChange'> {
  const decided = lines.filter((l) => l.pass !== null);
  const passed = decided.filter((l) => l.pass).length;
  const n = decided.length;
  const undecided = lines.length - n;
  if (n === 0) {
    return {
      verdict: 'Unverifiable',
      reason: `None of the ${lines.length} benchmarks has a published comparison that fits the rule.`,
      wouldChange: 'A source that lists both sides on any of these benchmarks would let the rule decide.',
    };
  }
  const share = passed / n;
  const verdict = share >= supported ? 'Supported' : share >= partly ? 'Partly supported' : 'Not supported';
  const need = (target: number) => Math.max(0, Math.ceil(target * n - 1e-9) - passed);
  const moves: string[] = [];
  if (verdict !== 'Supported') moves.push(`${need(supported)} more passing benchmark(s) of these ${n} would make it Supported`);
  if (verdict === 'Not supported' && partly > 0) moves.push(`${need(partly)} more would make it Partly supported`);
  if (verdict !== 'Not supported') {
    const drop = passed - (Math.ceil((verdict === 'Supported' ? supported : partly) * n - 1e-9) - 1);
    moves.push(`${drop} fewer passing would lower it`);
  }
  if (undecided > 0) moves.push(`${undecided} benchmark(s) without a like-for-like source would count once one is published`);
  return {
    verdict,
    reason: `${passed} of ${n} compared benchmarks pass (${Math.round(share * 100)}%)${undecided ? `; ${undecided} could not be compared` : ''}.`,
    wouldChange: `${moves.join('; ')}.`,
  };
}
