/**
 * Checks that need more than one file: references, dates, ranges, duplicates. Astro's loaders
 * check each file alone; everything here is what they cannot see.
 */
import type { RecordKind } from '../schemas';
import type { Dataset } from './dataset';
import { formatPath, type Problem } from './problems';
import { scaledScore } from './measurements';
import { readFromProblem } from './read-from';
import { settingsKey } from './settings';
import { closest } from './text';

/**
 * Our plausibility bounds per unit for model facts without a natural upper end: a rule of
 * ours, not a published figure. A value above one is refused as a likely typo (1e308, or a
 * count written in the wrong unit); raise the bound here only when a source really prints it.
 */
export const MODEL_BOUNDS = {
  /** Price per million tokens, per currency. */
  price: { USD: 10_000, EUR: 10_000, CNY: 100_000 },
  /** Parameters, in billions (our data's largest is under 3,000). */
  parameters: 1_000_000,
  /** Context window, in tokens (our data's largest is 10 million). */
  contextWindow: 1_000_000_000,
} as const;

type FileOf = (kind: RecordKind, id: string) => string;
type Present = (kind: RecordKind, id: string) => boolean;

/** Runs every cross-file check; `today` bounds all dates (YYYY-MM-DD). */
export function crossCheck(data: Dataset, today: string, fileOf: FileOf, present: Present = () => false): Problem[] {
  const problems: Problem[] = [];
  const at = (kind: RecordKind, id: string, path: PropertyKey[], message: string) =>
    problems.push({ file: fileOf(kind, id), path: formatPath(path), message });

  /** Reports an id that names no record, suggesting the nearest one. */
  const ref = (kind: RecordKind, id: string, path: PropertyKey[], target: keyof Dataset, value: string | null | undefined) => {
    if (value == null) return;
    const pool = data[target] as Map<string, unknown>;
    if (pool.has(value) || present(target as RecordKind, value)) return;
    const near = closest(value, pool.keys());
    at(kind, id, path, `no ${String(target).replace(/s$/, '')} has the id "${value}" (${near ? `did you mean "${near}"? ` : ''}add data/${String(target)}/${value}.json or fix the id)`);
  };
  const tooBig = (v: number, cap: number, unit: string) =>
    `${v} ${unit} is above our plausibility bound of ${cap} (a rule of ours, MODEL_BOUNDS in src/lib/cross-checks.ts): check for a typo or a wrong unit; if the source really prints it, raise the bound there`;
  const notFuture = (kind: RecordKind, id: string, path: PropertyKey[], date: string | null | undefined) => {
    if (date && date > today) at(kind, id, path, `the date ${date} is in the future (today is ${today}; write the date the document shows)`);
  };

  for (const [id, s] of data.sources) {
    ref('sources', id, ['publisher'], 'organizations', s.publisher);
    ref('sources', id, ['supersedes'], 'sources', s.supersedes);
    ref('sources', id, ['relays'], 'organizations', s.relays);
    if (s.supersedes === id) at('sources', id, ['supersedes'], 'a source cannot supersede itself (name the earlier version\'s id)');
    notFuture('sources', id, ['published'], s.published);
    notFuture('sources', id, ['retrieved'], s.retrieved);
    if (s.published && s.published > s.retrieved) at('sources', id, ['retrieved'], `retrieved ${s.retrieved} is before published ${s.published} (a document is read after it appears)`);
    const copy = s.readFrom?.url !== undefined && readFromProblem(s.url, s.readFrom.url);
    if (copy) at('sources', id, ['readFrom', 'url'], copy);
  }

  for (const [id, m] of data.models) {
    ref('models', id, ['developer'], 'organizations', m.developer);
    ref('models', id, ['predecessor'], 'models', m.predecessor);
    for (const fact of ['released', 'openWeights', 'license', 'totalParameters', 'activeParameters', 'contextWindow'] as const) {
      ref('models', id, [fact, 'source'], 'sources', m[fact].source);
      m[fact].alternatives?.forEach((alt, i) => ref('models', id, [fact, 'alternatives', i, 'source'], 'sources', alt.source));
    }
    m.prices.forEach((p, i) => {
      ref('models', id, ['prices', i, 'source'], 'sources', p.source);
      const cap = MODEL_BOUNDS.price[p.currency];
      for (const k of ['input', 'output', 'cachedInput'] as const)
        if ((p[k] ?? 0) > cap) at('models', id, ['prices', i, k], tooBig(p[k]!, cap, `${p.currency} per million tokens`));
      notFuture('models', id, ['prices', i, 'asOf'], p.asOf);
    });
    notFuture('models', id, ['released', 'value'], m.released.value);
    for (const [fact, cap, unit] of [['totalParameters', MODEL_BOUNDS.parameters, 'billion parameters'], ['activeParameters', MODEL_BOUNDS.parameters, 'billion parameters'], ['contextWindow', MODEL_BOUNDS.contextWindow, 'tokens']] as const) {
      const v = m[fact].value;
      if (typeof v === 'number' && v > cap) at('models', id, [fact, 'value'], tooBig(v, cap, unit));
    }
    const total = m.totalParameters.value;
    const active = m.activeParameters.value;
    if (typeof total === 'number' && typeof active === 'number' && active > total)
      at('models', id, ['activeParameters', 'value'], `active parameters (${active}B) cannot exceed total parameters (${total}B) (check the units: both are in billions)`);
    const pred = m.predecessor ? data.models.get(m.predecessor) : undefined;
    if (pred && pred.released.value > m.released.value)
      at('models', id, ['predecessor'], `the predecessor "${m.predecessor}" was released ${pred.released.value}, after this model (${m.released.value})`);
  }

  for (const [id, b] of data.benchmarks) {
    const p = b.plausible;
    if ((b.range.min === null || b.range.max === null) && !p)
      at('benchmarks', id, ['plausible'], 'this scale has no natural bound (range.min or range.max is null): add "plausible": { "min": ..., "max": ..., "note": "our rule, not a published figure: ..." } so that a typo such as 1e308 is refused');
    if (p && ((b.range.min !== null && p.min < b.range.min) || (b.range.max !== null && p.max > b.range.max)))
      at('benchmarks', id, ['plausible'], `the plausible bounds must lie inside range (${b.range.min ?? 'any'} to ${b.range.max ?? 'any'})`);
  }

  const seen = new Map<string, number>();
  for (const r of data.results) {
    const path = (...rest: PropertyKey[]) => ['results', r.index, ...rest];
    ref('results', r.source, path('model'), 'models', r.model);
    ref('results', r.source, path('benchmark'), 'benchmarks', r.benchmark);
    ref('results', r.source, path('submittedBy'), 'organizations', r.submittedBy);
    const bench = data.benchmarks.get(r.benchmark);
    if (bench) {
      const { min, max } = bench.range;
      const p = bench.plausible;
      const score = scaledScore(r);
      if (r.scale === 'fraction' && bench.unit !== '%')
        at('results', r.source, path('scale'), `"fraction" converts a 0–1 fraction to percent, but ${r.benchmark} is measured in ${bench.unit} (remove "scale")`);
      else if ((min !== null && score < min) || (max !== null && score > max))
        at('results', r.source, path('score'), `expected a number from ${min ?? 'any'} to ${max ?? 'any'} (the range of ${r.benchmark}), got ${r.score}${r.scale ? ` (${score} as a percentage)` : ''} (check the unit: ${bench.unit})`);
      else if (p && (score < p.min || score > p.max))
        at('results', r.source, path('score'), `${r.score} is outside the plausible ${bench.unit} scores ${p.min} to ${p.max} for ${r.benchmark} (a rule of ours in ${fileOf('benchmarks', r.benchmark)}, field plausible): check the figure for a typo; if the source really prints it, widen plausible there and say why in its note`);
    }
    const model = data.models.get(r.model);
    const source = data.sources.get(r.source);
    if (model && source?.published && source.published < model.released.value)
      at('results', r.source, path('model'), `the source is dated ${source.published}, before ${r.model} was released (${model.released.value}) (check the source's date or the model's release date)`);
    const key = [r.source, r.model, r.benchmark, (r.variant ?? '').toLowerCase(), settingsKey(r.settings)].join('|');
    const first = seen.get(key);
    if (first !== undefined)
      at('results', r.source, path(), `the same figure is entered twice (same model, benchmark, variant and settings as results[${first}]; remove one, or tell them apart by settings or variant)`);
    else seen.set(key, r.index);
  }
  for (const a of data.absences) {
    ref('results', a.source, ['absent', a.index, 'model'], 'models', a.model);
    ref('results', a.source, ['absent', a.index, 'benchmark'], 'benchmarks', a.benchmark);
  }

  for (const [id, c] of data.claims) {
    ref('claims', id, ['launchOf'], 'models', c.launchOf);
    [c.test, ...(c.alsoShown ?? [])].forEach((t, i) => {
      if (!t) return;
      const base: PropertyKey[] = i === 0 ? ['test'] : ['alsoShown', i - 1];
      for (const [key, sel] of Object.entries(t) as [string, unknown][]) {
        if (typeof sel === 'string' && ['subject', 'model', 'reference'].includes(key)) ref('claims', id, [...base, key], 'models', sel);
        if (sel && typeof sel === 'object' && !Array.isArray(sel)) {
          const s = sel as { models?: string[]; developers?: string[] };
          s.models?.forEach((m, j) => ref('claims', id, [...base, key, 'models', j], 'models', m));
          s.developers?.forEach((d, j) => ref('claims', id, [...base, key, 'developers', j], 'organizations', d));
        }
      }
      if (t.rule === 'score-comparison' && ![...data.benchmarks.values()].some((b) => t.benchmarks.categories.includes(b.category)))
        at('claims', id, [...base, 'benchmarks', 'categories'], `no benchmark is in the categories ${t.benchmarks.categories.join(', ')} (add a benchmark, or name a category some benchmark has)`);
    });
  }

  for (const [id, r] of data.redirects) {
    notFuture('redirects', id, ['date'], r.date);
    if (r.from === r.to) at('redirects', id, ['to'], 'a redirect must point to a different id');
    const pool = { model: data.models, benchmark: data.benchmarks, source: data.sources, claim: data.claims, chart: undefined }[r.kind];
    if (pool?.has(r.from)) at('redirects', id, ['from'], `"${r.from}" is still a live ${r.kind} id (a redirect is only for retired ids; delete the redirect or the record)`);
    const kindDir = `${r.kind}s` as RecordKind;
    if (pool && !pool.has(r.to) && !present(kindDir, r.to)) at('redirects', id, ['to'], `no ${r.kind} has the id "${r.to}" (a redirect must lead to a live page)`);
  }
  return problems;
}
