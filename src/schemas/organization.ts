import { z } from './zod';
import { httpsUrl, schemaPointer, show, text } from './common';

/** What an organization is, which decides how its figures are labelled. */
export const ORGANIZATION_KINDS = ['model-developer', 'independent-evaluator', 'academic', 'press', 'community'] as const;

/** data/organizations/<id>.json — a model developer, an evaluator or a publisher. */
export const organizationSchema = z
  .strictObject({
    $schema: schemaPointer,
    name: text('the organization name').describe('Name as the organization writes it.'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: (i) => `expected a two-letter country code such as "CN" or "US", got ${show(i.input)}` })
      .nullable()
      .describe('ISO 3166-1 alpha-2 code of where it is based, or null where we have not established it.'),
    kind: z
      .enum(ORGANIZATION_KINDS, {
        error: (i) => `expected one of ${ORGANIZATION_KINDS.join(', ')}, got ${show(i.input)}`,
      })
      .describe('model-developer figures about its own models are self-reported; an evaluator\'s are independent.'),
    url: httpsUrl.describe('Home page.'),
  })
  .describe('An organization: a model developer, an independent evaluator or a publisher.');

export type Organization = z.infer<typeof organizationSchema>;
