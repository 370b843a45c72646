import { z } from './zod';
import { countOrUndisclosed, httpsUrl, idRef, isoDate, schemaPointer, show, sourced, text } from './common';

/** One published API price per million tokens, with the day it applied. */
export const priceSchema = z
  .strictObject({
    input: z.number().nonnegative().describe('Price per million input tokens.'),
    output: z.number().nonnegative().describe('Price per million output tokens.'),
    cachedInput: z.number().nonnegative().optional().describe('Price per million cached input tokens, if published.'),
    currency: z
      .enum(['USD', 'CNY', 'EUR'], { error: (i) => `expected a currency code USD, CNY or EUR, got ${show(i.input)}` })
      .describe('Currency of the prices.'),
    asOf: isoDate.describe('The day the price was read or took effect.'),
    tier: text('the tier name').optional().describe('Tier or condition the price applies to, e.g. "prompts over 200K tokens".'),
    source: idRef('source').describe('The source the price was read in.'),
    locator: text('where the price stands').describe('Where in the source the price stands.'),
    url: httpsUrl.optional().describe('Deep link, if it differs from the source URL.'),
  })
  .describe('An API price per million tokens.');

/** data/models/<id>.json — one released model version and its sourced facts. */
export const modelSchema = z
  .strictObject({
    $schema: schemaPointer,
    name: text('the model name').describe('Name as the developer writes it, e.g. "GLM-5.2".'),
    developer: idRef('organization').describe('Organization that built the model.'),
    family: text('the model family').describe('Family the model belongs to, e.g. "GLM", "Claude".'),
    predecessor: idRef('model').nullable().describe('Id of the model this one succeeds, or null.'),
    released: sourced(isoDate, 'Release date'),
    openWeights: sourced(
      z.boolean({ error: (i) => `expected true or false, got ${show(i.input)}` }),
      'Whether the weights can be downloaded',
    ),
    license: sourced(text('a licence name'), 'Licence name such as "MIT", or "proprietary"'),
    totalParameters: sourced(countOrUndisclosed('total parameters', 'billions'), 'Total parameters in billions, or "undisclosed"'),
    activeParameters: sourced(
      countOrUndisclosed('active parameters', 'billions'),
      'Parameters active per token in billions (equal to total for dense models), or "undisclosed"',
    ),
    contextWindow: sourced(countOrUndisclosed('the context window', 'tokens'), 'Context window in tokens, or "undisclosed"'),
    prices: z.array(priceSchema).describe('Published API prices; [] when none is published.'),
  })
  .describe('A model: one released version with its sourced facts.');

export type Model = z.infer<typeof modelSchema>;
export type Price = z.infer<typeof priceSchema>;
