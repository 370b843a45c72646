/** Display helpers shared by the browse pages: ranges, labels, dates, plurals (numbers: ../format). */
import type { Benchmark } from '../../schemas';
import { benchmarkTitle } from '../charts/format';

export { daysBetween, plural } from '../text';
export { formatScore, formatUncertainty } from '../format';

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
