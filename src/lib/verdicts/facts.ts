/**
 * Rules over model facts rather than scores: parameters, prices, open weights, release dates,
 * architecture. Each states its rule, the facts it used (with their sources) and what would
 * change the verdict.
 */
import type { MixtureOfExpertsTest, OpenWeightsTest, ParametersTest, PriceTest, ReleaseOrderTest } from '../../schemas';
import type { Dataset } from '../dataset';
import { formatPrice } from '../format';
import { daysBetween } from '../text';
import { modelName, selectModels } from './select';
import type { Line, Outcome, Verdict } from './types';

const NO_SCORES = { vendorOnly: false } as const;

/** Parameters: fewer (by `factor`) than every rival, on every count named. */
export function parameters(data: Dataset, test: ParametersTest, date: string): Outcome {
  const subject = data.models.get(test.subject);
  const rivals = selectModels(data, test.rivals, date).filter((m) => m !== test.subject);
  const lines: Line[] = rivals.flatMap((rid) =>
    test.counts.map((count): Line => {
      const key = count === 'total' ? 'totalParameters' : 'activeParameters';
      const mine = subject?.[key];
      const theirs = data.models.get(rid)![key];
      const label = `${count} parameters vs ${modelName(data, rid)}`;
      const sources = [mine?.source, theirs.source].filter((s): s is string => !!s);
      if (typeof mine?.value !== 'number' || typeof theirs.value !== 'number')
        return { label, pass: null, sources, detail: `${modelName(data, test.subject)}: ${mine?.value ?? 'unknown'}${typeof mine?.value === 'number' ? 'B' : ''}; ${modelName(data, rid)}: ${theirs.value}${typeof theirs.value === 'number' ? 'B' : ''}.` };
      const pass = theirs.value >= mine.value * test.factor;
      return { label, pass, sources, detail: `${mine.value}B vs ${theirs.value}B (${pass ? '' : 'not '}at least ${test.factor}× fewer).` };
    }),
  );
  const decided = lines.filter((l) => l.pass !== null);
  const undecided = lines.length - decided.length;
  let verdict: Verdict;
  let reason: string;
  if (decided.length === 0) {
    verdict = 'Unverifiable';
    reason = lines.length === 0 ? 'No rival model matches the claim by this date.' : `None of the ${rivals.length} rival models has a published parameter count.`;
  } else {
    const failed = decided.filter((l) => !l.pass).length;
    verdict = failed === 0 ? 'Supported' : failed === decided.length ? 'Not supported' : 'Partly supported';
    reason = `${decided.length - failed} of ${decided.length} comparisons with a disclosed count show at least ${test.factor}× fewer parameters${undecided ? `; ${undecided} cannot be checked (undisclosed)` : ''}.`;
  }
  return {
    ...NO_SCORES,
    verdict,
    reason,
    lines,
    rule: `Each rival's ${test.counts.join(' and ')} parameter count must be at least ${test.factor}× the subject's (${test.factorRationale}). Only rivals that publish the count can be compared: the verdict is decided on them (Supported when all show it, Not supported when none does, partly between), and undisclosed counts are listed, not guessed.`,
    wouldChange: undecided > 0 ? `Publication of the ${undecided} undisclosed parameter counts, or a correction of a published one.` : 'A correction of a published parameter count.',
  };
}

/** A tier name that names the ordinary, default price (not batch, priority, long-prompt or cached rates). */
const STANDARD_TIER = /^(standard|default|standard api|api)$/i;

/**
 * The price of a model at `date`: the latest published price on or before it in `currency`,
 * untiered or on the standard tier; when none is on record by then, the earliest later one,
 * flagged `later` so the line says so. On the same date a price that names the standard tier
 * wins over an untiered one: a tiered price list says which rate is the ordinary one, an
 * untiered quote does not (it may be a summary of several tiers).
 */
export function priceAt(data: Dataset, id: string, currency: string, date: string) {
  const prices = (data.models.get(id)?.prices ?? [])
    .filter((p) => p.currency === currency && (!p.tier || STANDARD_TIER.test(p.tier.trim())))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || Number(!!a.tier) - Number(!!b.tier));
  const before = prices.filter((p) => p.asOf <= date).pop();
  if (before) return { price: before, later: false };
  const after = prices[0];
  return after ? { price: after, later: true } : undefined;
}

/** Prices: cheaper than each rival on both input and output price, at the comparison date. */
export function price(data: Dataset, test: PriceTest, date: string): Outcome {
  const mine = priceAt(data, test.subject, test.currency, date);
  const rivals = selectModels(data, test.rivals, date).filter((m) => m !== test.subject);
  const when = (p: NonNullable<ReturnType<typeof priceAt>>) => (p.later ? `first on record ${p.price.asOf}, after the date` : `as of ${p.price.asOf}`);
  const lines: Line[] = rivals.map((rid) => {
    const theirs = priceAt(data, rid, test.currency, date);
    const label = `price vs ${modelName(data, rid)}`;
    const sources = [mine?.price.source, theirs?.price.source].filter((s): s is string => !!s);
    if (!mine || !theirs) return { label, pass: null, sources, detail: `${!mine ? modelName(data, test.subject) : modelName(data, rid)} has no published ${test.currency} list price (untiered or standard tier) in the data.` };
    const [a, b] = [mine.price, theirs.price];
    const pass = a.input < b.input && a.output < b.output;
    return {
      label, pass, sources,
      detail: `${formatPrice(a.input, test.currency)} in / ${formatPrice(a.output, test.currency)} out vs ${formatPrice(b.input, test.currency)} / ${formatPrice(b.output, test.currency)} per million tokens (${modelName(data, test.subject)} ${when(mine)}; ${modelName(data, rid)} ${when(theirs)}).`,
    };
  });
  const decided = lines.filter((l) => l.pass !== null);
  const passed = decided.filter((l) => l.pass).length;
  const verdict: Verdict = decided.length === 0 ? 'Unverifiable' : passed === decided.length ? 'Supported' : passed > 0 ? 'Partly supported' : 'Not supported';
  return {
    ...NO_SCORES,
    verdict,
    reason: decided.length === 0 ? 'No comparable published prices.' : `Cheaper on both input and output than ${passed} of ${decided.length} rivals with a published price.`,
    lines,
    rule: `The subject's published ${test.currency} list price per million tokens (input and output; untiered or the standard tier) is compared with each rival's price in force at the comparison date (the latest published on or before it; where none is on record by then, the earliest later one, and the line says so). Supported if cheaper than every rival with a price; partly if cheaper than some. Prices are list prices, not cost per task.`,
    wouldChange: 'A price change by either side, or a published price for a rival that has none in the data.',
  };
}

/** Open weights: the subject's weights are downloadable and the rivals' are not. */
export function openWeights(data: Dataset, test: OpenWeightsTest, date: string): Outcome {
  const subject = data.models.get(test.subject);
  const rivals = selectModels(data, test.rivals, date).filter((m) => m !== test.subject);
  const lines: Line[] = rivals.map((rid) => {
    const r = data.models.get(rid)!;
    return {
      label: `licence vs ${r.name}`,
      pass: !!subject?.openWeights.value && !r.openWeights.value,
      sources: [subject?.license.source, r.license.source].filter((s): s is string => !!s),
      detail: `${subject?.name}: ${subject?.openWeights.value ? 'open weights' : 'closed'}, ${subject?.license.value}; ${r.name}: ${r.openWeights.value ? 'open weights' : 'closed'}, ${r.license.value}.`,
    };
  });
  const passed = lines.filter((l) => l.pass).length;
  const verdict: Verdict = lines.length === 0 ? 'Unverifiable' : passed === lines.length ? 'Supported' : passed > 0 ? 'Partly supported' : 'Not supported';
  return {
    ...NO_SCORES,
    verdict,
    reason: `${subject?.name} is ${subject?.openWeights.value ? `open-weight (${subject.license.value})` : 'closed'}; ${lines.length - passed} of ${lines.length} rivals are also open-weight.`,
    lines,
    rule: 'Supported when the subject\'s weights can be downloaded under its licence while every rival\'s cannot; partly when some rivals are open too.',
    wouldChange: 'A change of licence, or the rivals releasing their weights.',
  };
}

/** Release order: `model` was released after `reference` (e.g. still "anticipated" at its launch). */
export function releasedAfter(data: Dataset, test: ReleaseOrderTest): Outcome {
  const m = data.models.get(test.model);
  const ref = data.models.get(test.reference);
  const ok = !!m && !!ref && m.released.value > ref.released.value;
  const days = m && ref ? daysBetween(m.released.value, ref.released.value) : 0;
  return {
    ...NO_SCORES,
    verdict: !m || !ref ? 'Unverifiable' : ok ? 'Supported' : 'Not supported',
    reason: m && ref ? `${m.name} was released on ${m.released.value}, ${ok ? `after` : `${days} days before`} ${ref.name} (${ref.released.value}).` : 'A release date is missing.',
    lines: m && ref ? [{ label: 'release dates', pass: ok, sources: [m.released.source, ref.released.source], detail: `${m.name}: ${m.released.value}; ${ref.name}: ${ref.released.value}.` }] : [],
    rule: `Supported when ${m?.name ?? test.model} was released after ${ref?.name ?? test.reference}.`,
    wouldChange: 'Only a correction of either release date.',
  };
}

/** The models before `id` in its line (predecessor, its predecessor, ...). */
function predecessors(data: Dataset, id: string): string[] {
  const out: string[] = [];
  for (let p = data.models.get(id)?.predecessor; p && !out.includes(p); p = data.models.get(p)?.predecessor) out.push(p);
  return out;
}

const params = (m: { totalParameters: { value: number | string }; activeParameters: { value: number | string } }) =>
  `total ${m.totalParameters.value}${typeof m.totalParameters.value === 'number' ? 'B' : ''}, active ${m.activeParameters.value}${typeof m.activeParameters.value === 'number' ? 'B' : ''}`;

/**
 * Architecture: fewer active than total parameters means a mixture of experts. With
 * `beyondPredecessors`, the published configuration must also differ from every predecessor's:
 * an identical configuration shows no refinement a published figure can see.
 */
export function mixtureOfExperts(data: Dataset, test: MixtureOfExpertsTest): Outcome {
  const m = data.models.get(test.subject);
  const total = m?.totalParameters.value;
  const active = m?.activeParameters.value;
  const known = typeof total === 'number' && typeof active === 'number';
  const moe = known && active < total;
  const lines: Line[] = m ? [{ label: `${m.name} parameters`, pass: known ? moe : null, sources: [m.totalParameters.source, m.activeParameters.source], detail: `${params(m)}.` }] : [];
  const earlier = test.beyondPredecessors ? predecessors(data, test.subject) : [];
  for (const pid of earlier) {
    const p = data.models.get(pid)!;
    const comparable = known && typeof p.totalParameters.value === 'number' && typeof p.activeParameters.value === 'number';
    const same = comparable && p.totalParameters.value === total && p.activeParameters.value === active;
    lines.push({ label: `configuration vs ${p.name}`, pass: comparable ? !same : null, sources: [p.totalParameters.source, p.activeParameters.source], detail: `${p.name}: ${params(p)}${same ? ': the same published configuration' : ''}.` });
  }
  const unchanged = lines.slice(1).filter((l) => l.pass === false).length;
  let verdict: Verdict = !known ? 'Unverifiable' : !moe ? 'Not supported' : 'Supported';
  let reason = known ? `${m!.name} has ${total}B parameters in total and ${active}B active per token.` : 'Its parameter counts are not published.';
  if (verdict === 'Supported' && unchanged > 0) {
    verdict = 'Partly supported';
    reason += ` Its published configuration is the same as ${unchanged} predecessor${unchanged === 1 ? '\'s' : 's\''}, so no published figure shows a refinement beyond them.`;
  }
  return {
    ...NO_SCORES,
    verdict,
    reason,
    lines,
    rule: 'A model whose active parameters per token are fewer than its total parameters routes each token through a subset of experts: a mixture of experts.' +
      (test.beyondPredecessors ? ' "Beyond its predecessors" is tested on what is published about the architecture, the total and active parameter counts: a configuration identical to a predecessor\'s shows no refinement beyond it (Partly supported: a mixture of experts, but not visibly refined); routing or training changes that no figure records cannot be judged.' : ''),
    wouldChange: 'A correction of the published parameter counts, or a published description of what changed in the architecture.',
  };
}

/** A claim about something the ledger does not record. */
export function notRecorded(needs: string): Outcome {
  return {
    ...NO_SCORES,
    verdict: 'Unverifiable',
    reason: 'The ledger holds no published data that could decide it.',
    lines: [],
    rule: `Deciding this would need: ${needs}`,
    wouldChange: `Published data on: ${needs}`,
  };
}
