import { z } from './zod';
import { httpsUrl, idRef, isoDate, schemaPointer, show, text } from './common';

/** Kinds of documents figures are read in. */
export const SOURCE_KINDS = [
  'model-card', 'vendor-blog', 'system-card', 'technical-report', 'paper', 'documentation',
  'repository', 'independent-leaderboard', 'press',
] as const;

/** data/sources/<id>.json — one document figures were read in. */
export const sourceSchema = z
  .strictObject({
    $schema: schemaPointer,
    title: text('the document title').describe('Title of the document.'),
    publisher: idRef('organization').describe('Organization that published the document (not necessarily who built the model).'),
    url: httpsUrl.describe('The original document.'),
    kind: z
      .enum(SOURCE_KINDS, { error: (i) => `expected one of ${SOURCE_KINDS.join(', ')}, got ${show(i.input)}` })
      .describe('What kind of document it is.'),
    published: isoDate.nullable().describe('Publication or snapshot date; null if the document carries none.'),
    retrieved: isoDate.describe('The day we read it.'),
    readFrom: z
      .strictObject({
        url: httpsUrl
          .optional()
          .describe('The exact document read: a file at a commit (/blob/<40-hex commit>/), a capture, an archive URL or the specific page; never a search link or the original again.'),
        copy: text('what identifies the copy')
          .optional()
          .describe('Only when the exact copy read has no address to link (a file a look-up index holds without its repository or path): what identifies it, e.g. "look-up index file 70968833802". Set url or copy, not both.'),
        note: text('what the copy is').describe('What the copy or transcription is, and why it was read instead.'),
      })
      .superRefine((r, ctx) => {
        if ((r.url === undefined) === (r.copy === undefined))
          ctx.addIssue({
            code: 'custom',
            path: r.url === undefined ? ['url'] : ['copy'],
            message: r.url === undefined
              ? 'a copy needs url (the exact document read) or, when it has no address, copy (what identifies it, e.g. "look-up index file 70968833802")'
              : 'set url or copy, not both (copy is only for a copy that has no address to link)',
          });
      })
      .optional()
      .describe('Set when the figures were read from a copy, archive or transcription, not the original: the source is then secondary.'),
    relays: idRef('organization')
      .optional()
      .describe('Whose figures the document reports, when it republishes another organization\'s figures (a press article reprinting a launch table) rather than its own measurements. Provenance follows it.'),
    supersedes: idRef('source').optional().describe('An earlier version of this same document that this one revises.'),
  })
  .describe('A document that published figures.');

export type Source = z.infer<typeof sourceSchema>;
