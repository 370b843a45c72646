/**
 * The score-comparison rule. For every test the claim's categories name (one vote per test:
 * versions and variants of one benchmark are one test), the subject's measurement is set
 * against the rivals' best measurement *by the same measurer under the same stated test
 * conditions* (tools, harness, attempts, shots, subset: see settings.ts). Independent
 * measurers come first; a vendor table is used only where no independent evaluator measured
 * both sides. A test no measurer measured like for like is "not comparable", never a pass or
 * a fail. Overlapping published intervals are a tie (judged as a gap of 0).
 */
import type { Benchmark, ScoreComparisonTest } from '../../schemas';
import type { Dataset } from '../dataset';
import { formatGap, formatScore } from '../format';
import { variantKey } from '../measurements';
import { compareSettings, describeMismatch, TEST_CONDITIONS } from '../settings';
import { GRACE_RATIONALE, measurementsAt, type MeasurementAt } from './at-date';
import { toEvidence } from './evidence';
import { intervalsOverlap, passes, type Judged } from './judge';
import { benchmarkLabel, modelName, selectModels } from './select';
import { sensitivityStrip, wouldChangeScores } from './sensitivity';
import { shareVerdict } from './share';
import { testFamilies, variantsOf } from './tests-of';
import type { Line, Outcome } from './types';

/** When and on what a comparison is run. */
export interface ComparisonContext {
  /** Models released by this date take part. */
  date: string;
  /** Evidence published by this date counts (undefined: everything, latest snapshots). */
  cutoff?: string | undefined;
  /** Only independent measurers' measurements. */
  independentOnly: boolean;
}

const isIndependentOrg = (data: Dataset, org: string) => data.organizations.get(org)?.kind !== 'model-developer';
const newest = (ms: MeasurementAt[]) => ms.reduce((d, m) => (m.firstPublished && m.firstPublished > d ? m.firstPublished : d), '');

interface Candidate {
  line: Line;
  judged?: Judged;
  independent: boolean;
}

/** The comparison on one benchmark and variant, or undefined when the subject has no measurement there. */
function compareOn(data: Dataset, bench: Benchmark, benchmark: string, variant: string | undefined, ms: MeasurementAt[], subjects: Set<string>, rivals: Set<string>, test: ScoreComparisonTest, ctx: ComparisonContext): Candidate | undefined {
  const label = benchmarkLabel(data, benchmark, variant);
  const chart = { benchmark, variant };
  const mine = ms.filter((m) => subjects.has(m.model));
  if (mine.length === 0) return undefined;
  const sign = bench.higherIsBetter ? 1 : -1;
  const best = (xs: MeasurementAt[]) => [...xs].sort((a, b) => sign * (b.score - a.score) || a.id.localeCompare(b.id));
  // The measurer: the first, independent first and then the newest by the subject's own
  // measurements, that measured the subject and a rival here. Its best measurement of the
  // claim's side fixes the conditions; the rival is its best measurement under the same stated
  // conditions, or the test is not comparable. No falling back to another measurer or to a
  // weaker measurement of the claim's side: a rival figure added later can then only make the
  // comparison harder for the claim, never easier.
  const org = [...new Set(mine.map((m) => m.measurer))]
    .filter((o) => !ctx.independentOnly || isIndependentOrg(data, o))
    .filter((o) => ms.some((m) => m.measurer === o && rivals.has(m.model)))
    .sort((a, b) => Number(isIndependentOrg(data, b)) - Number(isIndependentOrg(data, a)) || newest(mine.filter((m) => m.measurer === b)).localeCompare(newest(mine.filter((m) => m.measurer === a))) || a.localeCompare(b))[0];
  if (org) {
    const s = best(mine.filter((m) => m.measurer === org))[0]!;
    const theirs = best(ms.filter((m) => m.measurer === org && rivals.has(m.model)));
    const r = theirs.find((x) => compareSettings(s.settings, x.settings, TEST_CONDITIONS).status === 'same');
    if (r) return judgedLine(data, bench, label, chart, org, s, r, test);
    const c = compareSettings(s.settings, theirs[0]!.settings, TEST_CONDITIONS);
    const why = `${orgName(data, org)} measured both, but ${c.status === 'unstated' ? 'settings not stated' : 'settings differ'} (${describeMismatch(s.settings, theirs[0]!.settings, c)})`;
    return { independent: false, line: { label, chart, pass: null, counted: true, measurer: org, detail: `Not comparable: ${why}.` } };
  }
  const why = `no ${ctx.independentOnly ? 'independent ' : ''}measurer measured both ${modelName(data, mine[0]!.model)} and a rival on it`;
  return { independent: false, line: { label, chart, pass: null, counted: true, detail: `Not comparable: ${why}.` } };
}

const orgName = (data: Dataset, id: string) => data.organizations.get(id)?.name ?? id;

/** The line of a like-for-like pair, with its gap in percentage points of the scale (or rating points). */
function judgedLine(data: Dataset, bench: Benchmark, label: string, chart: NonNullable<Line['chart']>, org: string, s: MeasurementAt, r: MeasurementAt, test: ScoreComparisonTest): Candidate {
  const { min, max } = bench.range;
  const bounded = min !== null && max !== null;
  const raw = (s.score - r.score) * (bench.higherIsBetter ? 1 : -1);
  const gap = bounded ? (raw * 100) / (max - min) : raw;
  const tie = intervalsOverlap(s, r);
  const threshold = bounded ? test.minGap : test.minGapElo;
  const judged: Judged = { gap, bounded, tie };
  const pass = passes(judged, threshold, !!test.strict);
  const unit = bounded ? 'percentage points' : `${bench.unit} points`;
  const fmt = (m: MeasurementAt) => formatScore(m.score, bench.unit, bench.range);
  const independent = isIndependentOrg(data, org);
  const detail =
    `${modelName(data, s.model)} ${fmt(s)} vs ${modelName(data, r.model)} ${fmt(r)}, both measured by ${orgName(data, org)}${independent ? ' (independent)' : ''}: ` +
    `${formatGap(Math.abs(gap), bounded ? '%' : bench.unit)} ${unit} ${gap >= 0 ? 'ahead' : 'behind'}` +
    (tie ? ', within the published intervals (a tie)' : '') +
    (threshold === undefined ? ' (no threshold is set for this scale, so it is not counted).' : ` (needs ${test.strict ? 'more than' : 'at least'} ${formatGap(threshold, bounded ? '%' : bench.unit, true)}).`);
  return {
    independent,
    judged,
    line: {
      label, chart, pass, counted: true, detail, gap, gapUnit: bounded ? 'points' : 'rating', ...(threshold === undefined ? {} : { threshold }), tie, measurer: org, independent,
      evidence: [toEvidence(data, s), toEvidence(data, r)],
      alongside: [],
    },
  };
}

/** Applies the rule at a date. */
export function scoreComparison(data: Dataset, test: ScoreComparisonTest, ctx: ComparisonContext): Outcome {
  const subjects = new Set(selectModels(data, test.subject, ctx.date));
  const rivals = new Set(selectModels(data, test.rivals, ctx.date).filter((m) => !subjects.has(m)));
  const all = measurementsAt(data, ctx.cutoff);
  const lines: Line[] = [];
  const judged: (Judged | undefined)[] = [];
  for (const family of testFamilies(data, test.benchmarks.categories)) {
    const candidates: Candidate[] = [];
    for (const benchmark of family.benchmarks) {
      const bench = data.benchmarks.get(benchmark)!;
      const ms = all.filter((m) => m.benchmark === benchmark && (subjects.has(m.model) || rivals.has(m.model)));
      for (const variant of variantsOf(ms.map((m) => m.variant))) {
        const here = ms.filter((m) => variantKey(m.variant) === variantKey(variant));
        const c = compareOn(data, bench, benchmark, variant, here, subjects, rivals, test, ctx);
        if (c) candidates.push(c);
      }
    }
    if (candidates.length === 0) continue;
    // One vote per test: the first like-for-like candidate, independent first, then newest version, then unqualified variant.
    const decided = (c: Candidate) => Number(c.judged !== undefined);
    const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => decided(b.c) - decided(a.c) || Number(b.c.independent) - Number(a.c.independent) || a.i - b.i);
    const decider = order[0]!.c;
    lines.push(decider.line);
    judged.push(decider.judged);
    for (const { c } of order.slice(1)) {
      lines.push({ ...c.line, counted: false, detail: `${c.line.detail} Not counted: one vote per test, and ${decider.line.label} decides ${family.name}.` });
      judged.push(undefined);
    }
  }
  const counted = lines.filter((l) => l.counted !== false);
  const decided = counted.filter((l) => l.pass !== null);
  const vendorOnly = decided.length > 0 && decided.every((l) => !l.independent);
  const base = shareVerdict(counted, test.supported, test.partly);
  const thresholdText = `${test.strict ? 'more than' : 'at least'} ${formatGap(test.minGap, '%', true)} percentage points of the scale${test.minGapElo !== undefined ? ` (${formatGap(test.minGapElo, 'Elo', true)} rating points on Elo scales)` : ''}`;
  return {
    ...base,
    wouldChange: wouldChangeScores(data, counted, base.verdict, test),
    sensitivity: sensitivityStrip(counted, judged.filter((_, i) => lines[i]!.counted !== false), test),
    asOf: { date: ctx.date, cutoff: ctx.cutoff },
    rule:
      `Tests: every benchmark in the categories ${test.benchmarks.categories.join(', ')} (${test.benchmarks.reason}); versions and variants of one benchmark are one test with one vote. ` +
      `On each test the claim's side is compared with the best rival measured by the same organization under the same stated test conditions (tools, harness, attempts, shots, subset); independent evaluators first, then vendors' tables. ` +
      `A test passes when the gap is ${thresholdText}: ${test.minGapRationale}${test.minGapEloRationale ? ` On Elo: ${test.minGapEloRationale}` : ''} Overlapping published intervals count as a tie (a gap of 0). ` +
      `Supported when at least ${Math.round(test.supported * 100)}% of the compared tests pass; partly supported from ${Math.round(test.partly * 100)}% (${test.shareRationale}). ` +
      (ctx.cutoff ? GRACE_RATIONALE : 'Today: every measurement in the latest snapshot of each document.') +
      (test.independentOnly || ctx.independentOnly ? ' Only independent evaluators\' measurements count.' : ''),
    lines,
    vendorOnly,
  };
}
