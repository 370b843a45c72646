/**
 * The decisive numbers of a verdict, as a fact-checker leads with them: the few counted lines
 * that carry the verdict (failing lines for a negative verdict, passing ones for a positive
 * one), independent measurements first, widest margins first, each as one plain sentence with
 * the models, the scores, who measured them and when.
 */
import type { Dataset } from '../dataset';
import { formatScore } from '../format';
import { modelName } from './select';
import type { Line, Outcome } from './types';

/** One decisive figure pair in words: "GLM-5.2 51.1 vs Claude Fable 5 60.0 on …, measured by … (2026-06-30)". */
export function decisiveSentence(data: Dataset, l: Line): string | undefined {
  const [s, r] = l.evidence ?? [];
  if (!s || !r) return undefined;
  const bench = data.benchmarks.get(s.row.benchmark);
  const fmt = (score: number) => formatScore(score, bench?.unit, bench?.range);
  const who = l.measurer ? data.organizations.get(l.measurer)?.name ?? l.measurer : undefined;
  const date = data.sources.get(s.row.source)?.published;
  return `${modelName(data, s.model)} ${fmt(s.score)} vs ${modelName(data, r.model)} ${fmt(r.score)} on ${l.label}${who ? `, both measured by ${who}${l.independent ? ' (independent)' : ''}` : ''}${date ? ` (${date})` : ''}`;
}

/** Up to `n` lines that carry the verdict. */
export function decisiveLines(o: Outcome, n = 3): Line[] {
  const positive = o.verdict === 'Supported' || o.verdict === 'Partly supported';
  const counted = o.lines.filter((l) => l.counted !== false && l.pass !== null && l.evidence);
  const margin = (l: Line) => Math.abs((l.gap ?? 0) - (l.threshold ?? 0));
  const pick = counted.filter((l) => l.pass === positive);
  return (pick.length ? pick : counted)
    .sort((a, b) => Number(!!b.independent) - Number(!!a.independent) || margin(b) - margin(a) || a.label.localeCompare(b.label))
    .slice(0, n);
}
