/**
 * The score-comparison rule. On each benchmark, the subject's best figure is set against the
 * rivals' best figure *in one source*, so both were measured the same way (same harness,
 * same effort rules, same date). Independent evaluators are preferred to vendors' tables;
 * among equals, the newest source wins. A benchmark with no source that lists both sides is
 * shown but not counted: comparing across sources would compare unlike settings.
 */
import type { Benchmark, ScoreComparisonTest } from '../../schemas';
import { compareSettings, mayBeSame, TEST_CONDITIONS } from '../settings';
import type { Dataset, ResultRow } from '../dataset';
import { scaledScore } from '../measurements';
import { bestRow, formatGap, isIndependentSource, toEvidence } from './evidence';
import { benchmarkLabel, modelName, selectModels } from './select';
import type { Line, Outcome } from './types';
import { shareVerdict } from './share';

const sameVariant = (a?: string, b?: string) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** Ranks candidate sources: independent first, then newest, then by id. */
function rankSources(data: Dataset, ids: string[]): string[] {
  const date = (id: string) => data.sources.get(id)?.published ?? '';
  return [...ids].sort(
    (a, b) => Number(isIndependentSource(data, b)) - Number(isIndependentSource(data, a)) || date(b).localeCompare(date(a)) || a.localeCompare(b),
  );
}

/**
 * The pair compared within one source: the subject's best figure that has a rival figure
 * under the same test conditions (tools, harness, attempts), against the best such rival figure. Only when no pair is like
 * for like does it fall back to best against best (and says so).
 */
function pickPair(rows: ResultRow[], subjects: Set<string>, rivals: Set<string>, bench: Benchmark) {
  const mine = rows.filter((r) => subjects.has(r.model));
  const theirs = rows.filter((r) => rivals.has(r.model));
  const sign = bench.higherIsBetter ? 1 : -1;
  const ranked = [...mine].sort((a, b) => sign * (scaledScore(b) - scaledScore(a)));
  for (const s of ranked) {
    const r = bestRow(theirs.filter((x) => mayBeSame(s.settings, x.settings, TEST_CONDITIONS)), bench);
    if (r) return { s, r, like: true };
  }
  return { s: ranked[0]!, r: bestRow(theirs, bench)!, like: false };
}

/** Applies the rule to the models released by `date`. */
export function scoreComparison(data: Dataset, test: ScoreComparisonTest, date: string): Outcome {
  const subjects = new Set(selectModels(data, test.subject, date));
  const rivals = new Set(selectModels(data, test.rivals, date).filter((m) => !subjects.has(m)));
  const lines: Line[] = test.benchmarks.map(({ benchmark, variant }) => {
    const bench = data.benchmarks.get(benchmark);
    const label = benchmarkLabel(data, benchmark, variant);
    const chart = { benchmark, variant };
    const rows = data.results.filter((r) => r.benchmark === benchmark && sameVariant(r.variant, variant));
    const bySource = new Map<string, ResultRow[]>();
    for (const r of rows) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
    const usable = [...bySource.entries()]
      .filter(([sid, rs]) => (!test.independentOnly || isIndependentSource(data, sid)) && rs.some((r) => subjects.has(r.model)) && rs.some((r) => rivals.has(r.model)))
      .map(([sid]) => sid);
    const chosen = rankSources(data, usable)[0];
    if (!chosen || !bench) {
      return { label, pass: null, chart, detail: `No ${test.independentOnly ? 'independent ' : ''}source lists both sides on this benchmark, so it is not counted.` };
    }
    const { s, r, like } = pickPair(bySource.get(chosen)!, subjects, rivals, bench);
    const gap = (scaledScore(s) - scaledScore(r)) * (bench.higherIsBetter ? 1 : -1);
    const { min, max } = bench.range;
    const bounded = min !== null && max !== null;
    const threshold = bounded ? test.minGap : test.minGapElo;
    const gapInUnits = bounded ? (gap * 100) / (max - min) : gap;
    const unit = bounded ? 'percentage points' : `${bench.unit} points`;
    const pass = threshold === undefined ? null : test.strict ? gapInUnits > threshold : gapInUnits >= threshold;
    const others = rows.filter((x) => x.source !== chosen && (x.model === s.model || x.model === r.model) && isIndependentSource(data, x.source));
    const where = gap >= 0 ? 'ahead' : 'behind';
    return {
      label,
      pass,
      chart,
      gap: gapInUnits,
      gapUnit: bounded ? 'points' : 'rating',
      evidence: [toEvidence(data, s), toEvidence(data, r)],
      alongside: others.slice(0, 6).map((x) => toEvidence(data, x)),
      detail:
        `${modelName(data, s.model)} ${scaledScore(s)} vs ${modelName(data, r.model)} ${scaledScore(r)} in one source: ` +
        `${formatGap(Math.abs(gapInUnits))} ${unit} ${where}` +
        (threshold === undefined ? ' (no threshold is set for this scale, so it is not counted).' : ` (needs ${test.strict ? 'more than' : 'at least'} ${threshold}).`) +
        (like ? '' : ` Settings differ (${compareSettings(s.settings, r.settings, TEST_CONDITIONS).differing.join(', ')}): the source has no like-for-like pair.`),
    };
  });
  const chosenSources = lines.flatMap((l) => l.evidence?.map((e) => e.row.source) ?? []);
  const vendorOnly = chosenSources.length > 0 && chosenSources.every((sid) => !isIndependentSource(data, sid));
  const thresholdText = `${test.strict ? 'more than' : 'at least'} ${test.minGap} percentage points of the scale${test.minGapElo !== undefined ? ` (${test.minGapElo} rating points on Elo scales)` : ''}`;
  return {
    ...shareVerdict(lines, test.supported, test.partly),
    rule:
      `On each benchmark, the best figure of the claim's side is compared with the best rival figure printed in the same source ` +
      `(independent evaluators first, then the newest). A benchmark passes when the gap is ${thresholdText}. ` +
      `Supported when at least ${Math.round(test.supported * 100)}% of the compared benchmarks pass; partly supported from ${Math.round(test.partly * 100)}%.`,
    lines,
    vendorOnly,
  };
}
