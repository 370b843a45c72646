import { z } from './zod';
import { idRef, isoDate, schemaPointer, show, text } from './common';

/** Kinds of record that have pages, and so permalinks. */
export const PAGE_KINDS = ['chart', 'claim', 'model', 'benchmark', 'source'] as const;

/** data/redirects/<id>.json — an old id that keeps resolving after a rename. */
export const redirectSchema = z
  .strictObject({
    $schema: schemaPointer,
    kind: z
      .enum(PAGE_KINDS, { error: (i) => `expected one of ${PAGE_KINDS.join(', ')}, got ${show(i.input)}` })
      .describe('Which kind of page the id names.'),
    from: idRef('old').describe('The retired id.'),
    to: idRef('new').describe('The id that replaces it.'),
    date: isoDate.describe('When the rename happened.'),
    reason: text('the reason').describe('Why the id changed.'),
  })
  .describe('A retired id and the id that replaced it.');

export type Redirect = z.infer<typeof redirectSchema>;
