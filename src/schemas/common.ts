/**
 * Building blocks shared by every record schema. Pure Zod from `astro/zod`, so Astro's content
 * collections, the validator CLI and Vitest all use the one copy of Zod that Astro ships.
 */
import { z } from './zod';

/** Kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another record by its id (its file name without `.json`). */
export const idRef = (kind: string) =>
  z
    .string({ error: (i) => `expected the id of a${/^[aeiou]/.test(kind) ? 'n' : ''} ${kind} (a file name in data/${kind}s/ without .json), got ${show(i.input)}` })
    .regex(ID_PATTERN, {
      error: (i) =>
        `expected a kebab-case ${kind} id such as "glm-5-2", got ${show(i.input)} (use lowercase letters, digits and single hyphens)`,
    })
    .describe(`Id of a ${kind}: the file name in data/${kind}s/ without .json.`);

/** A calendar date written YYYY-MM-DD, checked to be a real day. */
export const isoDate = z.iso
  .date({ error: (i) => `expected a date written YYYY-MM-DD, got ${show(i.input)} (for example "2026-06-16")` })
  .describe('A calendar date, YYYY-MM-DD.');

/**
 * An https link. Zod's plain `url()` accepts `javascript:` and other schemes, and Astro prints
 * hrefs as given, so anything but https is refused here.
 */
export const httpsUrl = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: (i) => `expected an https:// link, got ${show(i.input)} (only https links to public pages are published)`,
  })
  .describe('An https:// link to a public page.');

/** Free text that must say something. Checked, never rewritten (no trimming). */
export const text = (what: string) =>
  z
    .string({ error: (i) => `expected ${what} as text, got ${show(i.input)}` })
    .refine((s) => s.trim().length > 0, { error: `expected ${what}, got an empty string (write it, or remove the field if it is optional)` });

/** The value written instead of a number a vendor does not publish. */
export const UNDISCLOSED = 'undisclosed' as const;

/**
 * A fact about a model with where it was read: `{ value, source, locator }`.
 * @param value the schema of the fact itself
 */
export const sourced = <T extends z.ZodType>(value: T, what: string) => {
  const located = {
    value: value.describe(what),
    source: idRef('source').describe('The source this fact was read in.'),
    locator: text('where in the source the fact stands').describe(
      'Where in the source the fact stands: section, table row, or a quoted fragment.',
    ),
  };
  return z
    .strictObject({
      ...located,
      alternatives: z
        .array(
          z
            .strictObject({ ...located, note: text('a note').optional().describe('How this value differs, in our words.') })
            .describe('Another value a source publishes for the same fact.'),
        )
        .optional()
        .describe('Other values published for this fact, each with its source: a disagreement between documents, shown beside the value.'),
    })
    .describe(`${what}, with the source it was read in.`);
};

/** A positive count in billions, or "undisclosed". */
export const countOrUndisclosed = (what: string, unit: string) =>
  z.union([z.number().positive(), z.literal(UNDISCLOSED)], {
    error: (i) =>
      `expected ${what} as a positive number of ${unit} or "undisclosed", got ${show(i.input)} (write "undisclosed" when the vendor does not publish it; never estimate)`,
  });

/** The `$schema` pointer editors use; accepted on every record and otherwise ignored. */
export const schemaPointer = z
  .string()
  .optional()
  .describe('Path or URL of the JSON Schema for this file, for editors.');

/** Renders an input value for an error message: strings quoted, objects named by type. */
export function show(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'null';
  if (typeof input === 'object') return 'an object';
  return String(input);
}
