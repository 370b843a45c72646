import { z } from './zod';
import { isoDate, schemaPointer, show, text } from './common';

/** Kinds of record that have pages, and so permalinks. */
export const PAGE_KINDS = ['chart', 'claim', 'model', 'benchmark', 'source'] as const;

/**
 * A page id: kebab-case, except that a chart id may join a benchmark id and a variant slug with
 * a double hyphen (`hle--no-tools`, see src/lib/charts/ids.ts). Records of the other kinds have
 * kebab-case file names, so a `to` with "--" of another kind leads nowhere and the cross-checks
 * refuse it. (No refinement on the object: Astro's content collections extend this schema.)
 */
const PAGE_ID_PATTERN = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const pageId = (which: string) =>
  z
    .string({ error: (i) => `expected the ${which} id, got ${show(i.input)}` })
    .regex(PAGE_ID_PATTERN, {
      error: (i) => `expected a kebab-case ${which} id such as "glm-5-2" (a chart id may hold "--", as in "hle--no-tools"), got ${show(i.input)}`,
    });

/** data/redirects/<id>.json — an old id that keeps resolving after a rename. */
export const redirectSchema = z
  .strictObject({
    $schema: schemaPointer,
    kind: z
      .enum(PAGE_KINDS, { error: (i) => `expected one of ${PAGE_KINDS.join(', ')}, got ${show(i.input)}` })
      .describe('Which kind of page the id names.'),
    from: pageId('old').describe('The retired id.'),
    to: pageId('new').describe('The id that replaces it.'),
    date: isoDate.describe('When the rename happened.'),
    reason: text('the reason').describe('Why the id changed.'),
  })
  .describe('A retired id and the id that replaced it.');

export type Redirect = z.infer<typeof redirectSchema>;
