import { z } from './zod';
import { BENCHMARK_CATEGORIES } from './benchmark';
import { idRef, show, text } from './common';

/**
 * Which models stand for a side of a comparison. Every filter given must hold; models released
 * after the comparison date are always left out.
 */
export const modelSelectorSchema = z
  .strictObject({
    models: z.array(idRef('model')).optional().describe('Exactly these models.'),
    origin: z
      .enum(['china', 'west', 'elsewhere'], { error: (i) => `expected china, west or elsewhere, got ${show(i.input)}` })
      .optional()
      .describe('Models whose developer is based in this region (rule in src/lib/origin.ts).'),
    developers: z.array(idRef('organization')).optional().describe('Models built by these organizations.'),
    openWeights: z.boolean().optional().describe('Only open-weight (true) or only closed (false) models.'),
  })
  .describe('A set of models; with several models, each benchmark takes the best of them.');

/** The one model a fact-based claim is about. */
const subjectModel = idRef('model').describe('The model the claim is about.');

const share = (what: string) =>
  z.number().min(0).max(1).describe(`Share of compared tests that must pass for ${what} (0 to 1).`);

/**
 * Which benchmarks a comparison runs on, chosen by a stated rule from benchmark data (never a
 * hand-picked list): every benchmark of these categories, with or without aggregate indexes.
 */
export const benchmarkSelectionSchema = z
  .strictObject({
    categories: z
      .array(z.enum(BENCHMARK_CATEGORIES, { error: (i) => `expected a benchmark category (${BENCHMARK_CATEGORIES.join(', ')}), got ${show(i.input)}` }))
      .min(1)
      .describe('Benchmark categories that count (data/benchmarks/*.json `category`).'),
    reason: text('why these categories').describe('One line: why these categories test what the claim says.'),
  })
  .describe('The rule that picks the benchmarks: every benchmark in these categories.');

/** A threshold and the one line that justifies it. */
const rationale = (what: string) => text(`why this ${what}`).describe(`One line: why this ${what} and not another.`);

/** Scores: on each test, does the subject's measurement come close enough to the rivals' best? */
export const scoreComparisonSchema = z
  .strictObject({
    rule: z.literal('score-comparison'),
    subject: modelSelectorSchema.describe('The side the claim is about (e.g. GLM-5.2, or all Chinese models).'),
    rivals: modelSelectorSchema.describe('The side it is compared with.'),
    benchmarks: benchmarkSelectionSchema,
    minGap: z
      .number()
      .describe('A test passes when subject minus best rival is at least this, in percentage points of the benchmark\'s range (negative = may trail by that much).'),
    minGapRationale: rationale('threshold'),
    minGapElo: z.number().optional().describe('The same threshold for unbounded scales such as Elo, in rating points.'),
    minGapEloRationale: rationale('Elo threshold').optional(),
    strict: z.boolean().optional().describe('Pass only when the gap is strictly above minGap (e.g. "overtakes" = ahead, not level).'),
    independentOnly: z.boolean().optional().describe('Use only independent evaluators\' measurements for the verdict shown.'),
    supported: share('Supported'),
    partly: share('Partly supported'),
    shareRationale: rationale('pair of shares'),
  })
  .refine((t) => (t.minGapElo === undefined) === (t.minGapEloRationale === undefined), {
    error: 'minGapElo and minGapEloRationale go together: give both (a threshold needs its one-line reason) or neither',
    path: ['minGapEloRationale'],
  })
  .describe('Compare measurements test by test, like for like (same measurer, same stated test conditions).');

/** Parameters: does the subject have fewer total and/or active parameters than each rival? */
export const parametersSchema = z
  .strictObject({
    rule: z.literal('parameters'),
    subject: subjectModel,
    rivals: modelSelectorSchema,
    counts: z.array(z.enum(['total', 'active'])).min(1).describe('Which parameter counts must be lower.'),
    factor: z.number().min(1).describe('How many times larger a rival must be for "significantly fewer" (1 = merely fewer).'),
    factorRationale: rationale('factor'),
  })
  .describe('Compare disclosed parameter counts; undisclosed counts make the claim unverifiable.');

/** Prices: is the subject cheaper per million tokens than the rivals? */
export const priceTestSchema = z
  .strictObject({
    rule: z.literal('price'),
    subject: subjectModel,
    rivals: modelSelectorSchema,
    currency: z.enum(['USD', 'CNY', 'EUR']).describe('Compare prices in this currency only (no conversion).'),
  })
  .describe('Compare published input and output prices per million tokens.');

/** Licences: are the subject's weights open where the rivals' are not? */
export const openWeightsSchema = z
  .strictObject({
    rule: z.literal('open-weights'),
    subject: subjectModel,
    rivals: modelSelectorSchema,
  })
  .describe('Compare whether weights can be downloaded, and under which licence.');

/** Dates: was one model released after another (e.g. still "anticipated")? */
export const releaseOrderSchema = z
  .strictObject({
    rule: z.literal('released-after'),
    model: idRef('model').describe('The model said to come later (e.g. GPT-5, "anticipated").'),
    reference: idRef('model').describe('The model it is said to come after.'),
  })
  .describe('Compare release dates.');

/** Architecture: is the model a mixture of experts (fewer active than total parameters)? */
export const mixtureOfExpertsSchema = z
  .strictObject({
    rule: z.literal('mixture-of-experts'),
    subject: subjectModel,
    beyondPredecessors: z
      .boolean()
      .optional()
      .describe('Also test "beyond its predecessors": the published configuration (total and active parameters) must differ from every predecessor\'s.'),
  })
  .describe('A model with fewer active than total parameters is a mixture of experts.');

/** Efficiency: output per parameter or per dollar, against rivals (or against every model, for "unprecedented"). */
export const efficiencySchema = z
  .strictObject({
    rule: z.literal('efficiency'),
    subject: subjectModel,
    rivals: modelSelectorSchema,
    benchmark: idRef('benchmark').describe('The measure of output: an independent evaluator\'s aggregate, e.g. an intelligence index.'),
    benchmarkRationale: rationale('measure of output'),
    per: z
      .enum(['active-parameters', 'total-parameters', 'blended-price'], { error: (i) => `expected active-parameters, total-parameters or blended-price, got ${show(i.input)}` })
      .describe('The input the output is divided by: parameters in billions, or the blended price (3 input : 1 output tokens) in USD per million tokens.'),
    unprecedented: z.boolean().describe('True: the subject must beat every rival\'s ratio (a record); false: it is judged rival by rival.'),
  })
  .describe('Compare output per parameter or per dollar, from independent measurements and published facts.');

/** A fact the dataset does not record at all: the verdict is Unverifiable until it does. */
export const notRecordedSchema = z
  .strictObject({
    rule: z.literal('not-recorded'),
    needs: text('what data would decide it').describe('What published data would decide the claim.'),
  })
  .describe('The claim turns on data this ledger does not hold.');

export const claimTestSchema = z.discriminatedUnion(
  'rule',
  [scoreComparisonSchema, parametersSchema, priceTestSchema, openWeightsSchema, releaseOrderSchema, mixtureOfExpertsSchema, efficiencySchema, notRecordedSchema],
  {
    error: (i) =>
      `expected a test whose "rule" is one of score-comparison, parameters, price, open-weights, released-after, mixture-of-experts, efficiency, not-recorded, got ${show((i.input as { rule?: unknown } | undefined)?.rule)}`,
  },
);

export type ModelSelector = z.infer<typeof modelSelectorSchema>;
export type ClaimTest = z.infer<typeof claimTestSchema>;
export type ScoreComparisonTest = z.infer<typeof scoreComparisonSchema>;
export type ParametersTest = z.infer<typeof parametersSchema>;
export type PriceTest = z.infer<typeof priceTestSchema>;
export type OpenWeightsTest = z.infer<typeof openWeightsSchema>;
export type ReleaseOrderTest = z.infer<typeof releaseOrderSchema>;
export type MixtureOfExpertsTest = z.infer<typeof mixtureOfExpertsSchema>;
export type EfficiencyTest = z.infer<typeof efficiencySchema>;
