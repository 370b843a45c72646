/**
 * Efficiency: output per unit of input. Output is an independent evaluator's measurement on one
 * aggregate benchmark (the newest version of it on which the subject was measured, the latest
 * measurement in force at the date); input is a published fact:
 * active or total parameters (billions), or the blended list price, (3 × input + output) / 4 USD
 * per million tokens (three input tokens to one output token, Artificial Analysis's convention).
 * Both ratios are derived here, never typed. "Unprecedented" asks for a record: the subject must
 * beat every rival that has both numbers.
 */
import type { EfficiencyTest } from '../../schemas';
import type { Dataset } from '../dataset';
import { formatNumber, formatRatio, formatScore } from '../format';
import { measurementsAt } from './at-date';
import { priceAt } from './facts';
import { modelName, selectModels } from './select';
import { familyKey, testFamilies } from './tests-of';
import type { Line, Outcome, Verdict } from './types';

const isIndependentOrg = (data: Dataset, org: string) => data.organizations.get(org)?.kind !== 'model-developer';

/** The latest independent measurement of a model on a benchmark in force at the cut-off. */
function output(data: Dataset, model: string, benchmark: string, cutoff?: string) {
  return measurementsAt(data, cutoff)
    .filter((m) => m.model === model && m.benchmark === benchmark && !m.variant && isIndependentOrg(data, m.measurer))
    .sort((a, b) => (b.firstPublished ?? '').localeCompare(a.firstPublished ?? '') || a.id.localeCompare(b.id))[0];
}

/** The input a ratio divides by, with its source, or a reason it is missing. */
function input(data: Dataset, model: string, per: EfficiencyTest['per'], date: string): { value: number; text: string; source: string } | { missing: string } {
  const m = data.models.get(model);
  if (!m) return { missing: 'unknown model' };
  if (per === 'blended-price') {
    const p = priceAt(data, model, 'USD', date);
    if (!p) return { missing: 'no published USD list price' };
    const blended = (3 * p.price.input + p.price.output) / 4;
    const when = p.later ? `; the first price on record is from ${p.price.asOf}, after the date` : '';
    return { value: blended, text: `$${formatNumber(blended, 3)} blended per million tokens${when}`, source: p.price.source };
  }
  const fact = per === 'active-parameters' ? m.activeParameters : m.totalParameters;
  if (typeof fact.value !== 'number') return { missing: `${per.replace('-', ' ')} undisclosed` };
  return { value: fact.value, text: `${fact.value}B ${per === 'active-parameters' ? 'active' : 'total'} parameters`, source: fact.source };
}

/**
 * The version of the test's benchmark to use: the one of its family (see tests-of.ts) on which
 * the subject's latest independent measurement in force stands, else the one the test names.
 */
function benchmarkInForce(data: Dataset, test: EfficiencyTest, cutoff?: string): string {
  const named = data.benchmarks.get(test.benchmark);
  if (!named) return test.benchmark;
  const family = testFamilies(data, [named.category]).find((f) => f.key === familyKey(named));
  const measured = (family?.benchmarks ?? []).flatMap((b) => {
    const m = output(data, test.subject, b, cutoff);
    return m ? [{ b, date: m.firstPublished ?? '' }] : [];
  });
  return measured.sort((x, y) => y.date.localeCompare(x.date) || x.b.localeCompare(y.b))[0]?.b ?? test.benchmark;
}

/** Applies the rule at a date (cut-off: evidence in force, as for score comparisons). */
export function efficiency(data: Dataset, test: EfficiencyTest, date: string, cutoff?: string): Outcome {
  const benchmark = benchmarkInForce(data, test, cutoff);
  const bench = data.benchmarks.get(benchmark);
  const unit = test.per === 'blended-price' ? 'per dollar' : 'per billion parameters';
  const ratioOf = (model: string) => {
    const out = output(data, model, benchmark, cutoff);
    const inp = input(data, model, test.per, date);
    if (!out) return { missing: `no independent ${bench?.name ?? benchmark} measurement` } as const;
    if ('missing' in inp) return { missing: inp.missing } as const;
    return { ratio: out.score / inp.value, text: `${formatScore(out.score, bench?.unit, bench?.range)} on ${bench?.name ?? benchmark} for ${inp.text}`, sources: [out.citationsAt[0]!.source, inp.source] } as const;
  };
  const mine = ratioOf(test.subject);
  const rivals = selectModels(data, test.rivals, date).filter((m) => m !== test.subject);
  const lines: Line[] = rivals.map((rid) => {
    const theirs = ratioOf(rid);
    const label = `${unit.replace('per ', 'output per ')} vs ${modelName(data, rid)}`;
    if ('missing' in mine || 'missing' in theirs) {
      const why = 'missing' in mine ? `${modelName(data, test.subject)}: ${mine.missing}` : `${modelName(data, rid)}: ${theirs.missing}`;
      return { label, pass: null, detail: `Not comparable: ${why}.` };
    }
    const pass = mine.ratio > theirs.ratio;
    return {
      label, pass, sources: [...mine.sources, ...theirs.sources],
      detail: `${modelName(data, test.subject)} ${formatRatio(mine.ratio)} ${unit} (${mine.text}) vs ${modelName(data, rid)} ${formatRatio(theirs.ratio)} (${theirs.text}).`,
    };
  });
  const decided = lines.filter((l) => l.pass !== null);
  const passed = decided.filter((l) => l.pass).length;
  let verdict: Verdict = 'Unverifiable';
  if (decided.length > 0) {
    if (test.unprecedented) verdict = passed === decided.length ? 'Supported' : 'Not supported';
    else verdict = passed === decided.length ? 'Supported' : passed > 0 ? 'Partly supported' : 'Not supported';
  }
  const beaten = decided.filter((l) => !l.pass).map((l) => l.label.replace(/^.* vs /, ''));
  return {
    verdict,
    vendorOnly: false,
    lines,
    reason: decided.length === 0
      ? `No rival has both an independent ${bench?.name ?? benchmark} measurement and a published ${test.per.replace('-', ' ')} to compare.`
      : `${modelName(data, test.subject)} has the higher ratio against ${passed} of ${decided.length} rivals with both numbers${beaten.length ? ` (not against ${beaten.slice(0, 3).join(', ')}${beaten.length > 3 ? ` and ${beaten.length - 3} more` : ''})` : ''}.`,
    rule:
      `Efficiency is ${bench?.name ?? benchmark} (an independent measurement, the latest in force at the date: ${test.benchmarkRationale}) divided by ${test.per === 'blended-price' ? 'the blended list price, (3 × input + output) / 4 USD per million tokens' : `the published ${test.per.replace('-', ' ')} in billions`}. ` +
      (test.unprecedented ? 'Unprecedented means a record: Supported only if the ratio beats every rival with both numbers, Not supported if any rival beats it.' : 'Supported if the ratio beats every rival with both numbers, partly if it beats some.') +
      ' Rivals without a published count or price are listed, not guessed.',
    wouldChange: 'An independent measurement of a rival that lacks one, a published count or price, or a price change.',
  };
}
