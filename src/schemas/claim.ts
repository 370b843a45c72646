import { z } from './zod';
import { claimTestSchema } from './claim-test';
import { idRef, schemaPointer, show, text } from './common';

/** Whether a claim can be checked against numbers. */
export const CLAIM_KINDS = ['measurable', 'opinion', 'prediction'] as const;

/**
 * The claim's fields. Astro's content collections extend a collection's schema, which Zod
 * refuses on a refined object, so the collection uses this and the validator `claimSchema`.
 */
export const claimFieldsSchema = z
  .strictObject({
    $schema: schemaPointer,
    quote: text('the quoted words')
      .describe('The assertion word for word as the article prints it (a test checks it against the article).'),
    paragraph: z
      .number({ error: (i) => `expected the paragraph number (0 for the headline), got ${show(i.input)}` })
      .int()
      .nonnegative()
      .describe('Paragraph of the article: 0 is the headline, 1 the first paragraph.'),
    kind: z
      .enum(CLAIM_KINDS, { error: (i) => `expected one of ${CLAIM_KINDS.join(', ')}, got ${show(i.input)}` })
      .describe('measurable claims get a computed verdict; opinions and predictions are shown, labelled, not scored.'),
    summary: text('a short restatement').describe('The assertion restated in a few plain words of ours.'),
    launchOf: idRef('model').optional().describe('The model whose release date is the "at launch" comparison date.'),
    test: claimTestSchema.optional().describe('For measurable claims: the test that turns data into a verdict.'),
    alsoShown: z.array(claimTestSchema).optional().describe('Further tests shown for context; they do not decide the verdict.'),
  })
  .describe('An assertion of the article.');

/** data/claims/<id>.json — one assertion of the article, quoted word for word. */
export const claimSchema = claimFieldsSchema
  .refine((c) => (c.kind === 'measurable') === (c.test !== undefined), {
    error: 'a measurable claim needs a "test", and an opinion or prediction must not have one (it is shown, not scored)',
    path: ['test'],
  })
  .describe('An assertion of the article.');

export type Claim = z.infer<typeof claimSchema>;
