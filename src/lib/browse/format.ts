/** Display helpers shared by the browse pages: numbers as printed, dates, plurals. */
import type { Benchmark, Result } from '../../schemas';
import { benchmarkTitle } from '../charts/format';

export { daysBetween, plural } from '../text';

/**
 * A score as its source printed it, with the unit: "77.8%", "1450 Elo", "62.1 points".
 * Never rounds: `String(number)` keeps every digit that was typed.
 */
export function formatScore(score: number, unit: Benchmark['unit'] | undefined): string {
  if (unit === '%') return `${score}%`;
  return unit ? `${score} ${unit}` : String(score);
}

/** Uncertainty as printed, e.g. "−1.1/+1.1 (95% CI)"; "" when there is none. */
export function formatUncertainty(u: Result['uncertainty']): string {
  if (!u) return '';
  return u.minus === u.plus ? `±${u.minus} (${u.kind})` : `−${u.minus}/+${u.plus} (${u.kind})`;
}

/** A benchmark's possible scores, e.g. "0–100 %", "unbounded (Elo)", "from 0". */
export function formatRange(b: Pick<Benchmark, 'range' | 'unit'>): string {
  const { min, max } = b.range;
  if (min === null && max === null) return `unbounded (${b.unit})`;
  if (max === null) return `from ${min} (${b.unit}, no upper bound)`;
  if (min === null) return `up to ${max} (${b.unit})`;
  return `${min}–${max} (${b.unit})`;
}

/** A benchmark's display name with its version: "Terminal-Bench 2.0". */
export const benchmarkLabel = (b: Pick<Benchmark, 'name' | 'version'>) => benchmarkTitle(b.name, b.version);
