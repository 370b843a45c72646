import { z } from './zod';
import { idRef, schemaPointer, show, text } from './common';
import { intervalOrderProblem, uncertaintySchema } from './uncertainty';

/**
 * Words that stand in for a setting instead of stating it. A setting the source does not state
 * is left out (unstated); a placeholder would make two unknown settings look equal.
 */
const PLACEHOLDER = /\b(varies|various|not legible|illegible|unspecified|not specified|not stated|not named|unknown|n\/a|best reported|see notes?)\b/i;

/** A stated setting: text that is not a placeholder. */
const setting = (what: string) =>
  text(what).refine((s) => !PLACEHOLDER.test(s), {
    error: (i) =>
      `${show(i.input)} is a placeholder, not a setting: record the setting this row's source states, or leave the field out (a setting the source does not state is unstated)`,
  });

/** Conditions that change a number: comparing unlike settings is flagged on every chart. */
export const settingsSchema = z
  .strictObject({
    reasoningEffort: setting('a reasoning effort').optional().describe('Reasoning effort or thinking mode as the source states it, e.g. "high", "max", "thinking", "non-thinking".'),
    tools: setting('the tools').optional().describe('Tools the model could use as the source states them, e.g. "none", "enabled" (tools on, set not named), "web search, code execution".'),
    harness: setting('the harness').optional().describe('Agent harness or scaffold, e.g. "Terminus-2", "Claude Code", "Artificial Analysis harness".'),
    checkpoint: setting('the checkpoint').optional().describe('Which checkpoint was measured when the source names it, e.g. "base", "instruct", "FP8".'),
    shots: z
      .number({ error: (i) => `expected a whole number of examples in the prompt (the n of n-shot), got ${show(i.input)}` })
      .int()
      .nonnegative()
      .optional()
      .describe('Examples in the prompt: the n of n-shot (0 for zero-shot).'),
    subset: setting('the subset').optional().describe('The part of the benchmark that was run when it is not the whole, e.g. "text-only", "500 verified tasks".'),
    attempts: z
      .number({ error: (i) => `expected a whole number of attempts (the k of pass@k), got ${show(i.input)}` })
      .int()
      .positive()
      .optional()
      .describe('Attempts per task: the k of pass@k.'),
    notes: text('a note').optional().describe('Other conditions from the source\'s footnotes, in our words.'),
  })
  .describe('Settings that change the number.');

/** A score as printed; a string such as "81%" is refused with the fix. */
const score = z
  .number({
    error: (i) =>
      typeof i.input === 'string' && /%\s*$/.test(i.input)
        ? `expected a number, got ${show(i.input)} (write the number without %)`
        : typeof i.input === 'string' && !Number.isNaN(Number(i.input))
          ? `expected a number, got the string ${show(i.input)} (remove the quotes)`
          : `expected a number, got ${show(i.input)} (write the score exactly as the source prints it, as a number)`,
  })
  .describe('The score exactly as printed, in the benchmark\'s unit.');

/** One published figure. */
export const resultSchema = z
  .strictObject({
    model: idRef('model').describe('The model measured.'),
    benchmark: idRef('benchmark').describe('The benchmark (at its version).'),
    variant: text('a variant').optional().describe('Sub-score reported as its own column, e.g. "with tools", "retail".'),
    score,
    scale: z
      .enum(['fraction'], { error: (i) => `expected "fraction" (a 0–1 fraction of a percentage scale) or no scale, got ${show(i.input)}` })
      .optional()
      .describe('Set to "fraction" when the source prints a percentage benchmark as a 0–1 fraction (0.401 for 40.1%): the score stays as printed and code converts it.'),
    uncertainty: uncertaintySchema.optional(),
    settings: settingsSchema.default({}).describe('Settings that change the number.'),
    locator: text('where the figure stands').describe('Table + row + column, figure, section or quoted fragment: enough to find it again.'),
    submittedBy: idRef('organization')
      .optional()
      .describe('Who ran the evaluation, when the source says it was not the publisher (e.g. a vendor\'s own submission to a public board).'),
    note: text('a note').optional().describe('Anything a reader must know about this figure.'),
  })
  .superRefine((r, ctx) => {
    if (typeof r.score !== 'number' || !r.uncertainty) return;
    const problem = intervalOrderProblem(r.score, r.uncertainty);
    if (problem) ctx.addIssue({ code: 'custom', path: ['uncertainty'], message: problem });
  })
  .describe('One published figure.');

/** A model a board was checked for and does not list: an absence is data too. */
export const absenceSchema = z
  .strictObject({
    model: idRef('model').describe('The model the board does not list.'),
    benchmark: idRef('benchmark').describe('The benchmark whose board was checked.'),
    variant: text('a variant').optional().describe('The variant, if any.'),
    note: text('what was checked').describe('What was checked and found missing.'),
  })
  .describe('A recorded absence.');

/** data/results/<source-id>.json — every figure read in one source. */
export const resultsFileSchema = z
  .strictObject({
    $schema: schemaPointer,
    source: idRef('source').describe('The source all these figures were read in; must equal the file name.'),
    results: z.array(resultSchema).describe('The figures.'),
    absent: z.array(absenceSchema).optional().describe('Models the source was checked for and does not list.'),
  })
  .describe('All figures read in one source.');

export type Settings = z.infer<typeof settingsSchema>;
export type Result = z.infer<typeof resultSchema>;
export type Absence = z.infer<typeof absenceSchema>;
export type ResultsFile = z.infer<typeof resultsFileSchema>;
