import { z } from './zod';
import { httpsUrl, schemaPointer, show, text } from './common';

/** What a benchmark measures; used to group and filter. */
export const BENCHMARK_CATEGORIES = [
  'reasoning', 'knowledge', 'math', 'science', 'coding', 'agentic-coding', 'agentic-tool-use',
  'web-browsing', 'long-context', 'multimodal', 'instruction-following', 'writing',
  'human-preference', 'aggregate-index',
] as const;

/** The units a score may be written in. */
export const BENCHMARK_UNITS = ['%', 'points', 'Elo', 'index'] as const;

/** data/benchmarks/<id>.json — one benchmark at one version. */
export const benchmarkSchema = z
  .strictObject({
    $schema: schemaPointer,
    name: text('the benchmark name').describe('Name as its authors write it.'),
    version: text('a version').nullable().describe('Version, e.g. "2.0"; null if the benchmark is not versioned.'),
    category: z
      .enum(BENCHMARK_CATEGORIES, { error: (i) => `expected one of ${BENCHMARK_CATEGORIES.join(', ')}, got ${show(i.input)}` })
      .describe('What kind of ability it measures.'),
    measures: text('one sentence on what it measures').describe('One sentence, in our words, on what it measures.'),
    metric: text('the metric').describe('The metric, e.g. "pass@1 accuracy", "Elo rating".'),
    unit: z
      .enum(BENCHMARK_UNITS, { error: (i) => `expected one of ${BENCHMARK_UNITS.join(', ')}, got ${show(i.input)}` })
      .describe('Unit the scores are written in.'),
    range: z
      .strictObject({
        min: z.number().nullable().describe('Lowest possible score, or null for unbounded scales such as Elo.'),
        max: z.number().nullable().describe('Highest possible score, or null for unbounded scales such as Elo.'),
      })
      .refine((r) => r.max === null || r.min === null || r.max > r.min, { error: 'range.max must be above range.min (or null)' })
      .describe('The possible scores.'),
    plausible: z
      .strictObject({
        min: z.number().describe('Lowest score we accept as plausible.'),
        max: z.number().describe('Highest score we accept as plausible.'),
        note: text('why these bounds, in our words').describe('Why these bounds, in our words, saying that they are our rule and not a published figure.'),
      })
      .refine((p) => p.max > p.min, { error: 'plausible.max must be above plausible.min' })
      .optional()
      .describe(
        'Our plausibility bounds for a scale without a natural end (Elo, dollars, edit distances): a rule of ours, not a published figure. '
        + 'A score outside them is refused as a likely typo; widen them only when a source really prints such a score. Required when range.min or range.max is null (checked by the validator, src/lib/cross-checks.ts).',
      ),
    higherIsBetter: z.boolean().describe('Whether a higher score is better.'),
    url: httpsUrl.describe('The benchmark\'s paper or site.'),
    caveats: z
      .array(text('a caveat'))
      .min(1, { error: 'name at least one caveat in your own words: saturation, contamination, harness dependence, who runs it' })
      .describe('Known caveats, in our words: saturation, contamination, harness dependence.'),
  })
  .describe('A benchmark at one version.');

export type Benchmark = z.infer<typeof benchmarkSchema>;
