/**
 * The record kinds, where their files live and the schema each must meet. The validator, the
 * JSON Schema generator, Astro's content collections and the tests all read this one table.
 */
import type { z } from './zod';
import { benchmarkSchema } from './benchmark';
import { claimSchema } from './claim';
import { modelSchema } from './model';
import { organizationSchema } from './organization';
import { redirectSchema } from './redirect';
import { resultsFileSchema } from './results';
import { sourceSchema } from './source';

/** Bumped only on a breaking change to any record schema; see public/schemas/README.md. */
export const SCHEMA_VERSION = 1;

export const RECORD_KINDS = {
  organizations: { schema: organizationSchema, schemaFile: 'organization' },
  models: { schema: modelSchema, schemaFile: 'model' },
  benchmarks: { schema: benchmarkSchema, schemaFile: 'benchmark' },
  sources: { schema: sourceSchema, schemaFile: 'source' },
  results: { schema: resultsFileSchema, schemaFile: 'results' },
  claims: { schema: claimSchema, schemaFile: 'claim' },
  redirects: { schema: redirectSchema, schemaFile: 'redirect' },
} as const satisfies Record<string, { schema: z.ZodType; schemaFile: string }>;

/** A folder under data/, one per record kind. */
export type RecordKind = keyof typeof RECORD_KINDS;

/** The record kinds in the order they are checked (referenced kinds first). */
export const KIND_ORDER = Object.keys(RECORD_KINDS) as RecordKind[];

export * from './benchmark';
export * from './claim';
export * from './common';
export * from './model';
export * from './organization';
export * from './redirect';
export * from './results';
export * from './source';
export * from './claim-test';
export * from './uncertainty';
