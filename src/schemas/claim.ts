import { z } from 'astro/zod';
import { schemaPointer, show, text } from './common';

/** Whether a claim can be checked against numbers. */
export const CLAIM_KINDS = ['measurable', 'opinion', 'prediction'] as const;

/** data/claims/<id>.json — one assertion of the article, quoted word for word. */
export const claimSchema = z
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
  })
  .describe('An assertion of the article.');

export type Claim = z.infer<typeof claimSchema>;
