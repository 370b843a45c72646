/** Display helpers shared by tables, chart labels, summaries and citations. Pure, browser-safe. */
import type { Provenance } from '../provenance';

export { formatScore } from '../format';

/** The axis title of a score axis. */
export const scoreAxisLabel = (unit: string, higherIsBetter: boolean) =>
  `${unit === '%' ? 'score (%)' : unit === 'index' ? 'index' : unit}${higherIsBetter ? '' : ' (lower is better)'}`;

/** Human labels of provenance kinds. */
export const PROVENANCE_LABELS: Record<Provenance, string> = {
  'self-reported': 'self-reported',
  'rival-reported': 'rival-reported',
  independent: 'independent',
};

/** The title of a benchmark at a version and variant: "Terminal-Bench 2.0 (with tools)". */
export function benchmarkTitle(name: string, version: string | null, variant?: string): string {
  const v = version && !name.includes(version) ? ` ${version}` : '';
  return `${name}${v}${variant ? ` (${variant})` : ''}`;
}

/** Footnote markers used on bars and in tables. */
export const MARKS = { differs: '†', conflict: '‡', unstated: '°', relabel: '=' } as const;
