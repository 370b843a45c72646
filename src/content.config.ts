/**
 * Wiring only: one collection per data/ folder, each validated by the same schema the
 * validator CLI and the tests use. Cross-file checks run once per build in
 * src/integrations/validate-data.ts, before any page renders.
 */
import { defineCollection } from 'astro:content';
import { dataLoader } from './integrations/data-loader';
import { claimFieldsSchema, RECORD_KINDS, type RecordKind } from './schemas';

/** DATA_DIR lets tests build the site from a fixture dataset; the site itself uses ./data. */
const dataDir = process.env.DATA_DIR ?? './data';

/**
 * Id = file name without .json, exactly. Files are read by the validator's own reader
 * (src/integrations/data-loader.ts), so the build accepts exactly what `npm run validate` does.
 */
const collection = <K extends RecordKind>(kind: K) =>
  defineCollection({
    loader: dataLoader(kind, dataDir),
    // Claims' refinement (measurable <=> has a test) is checked by the validator before the build.
    schema: kind === 'claims' ? claimFieldsSchema : RECORD_KINDS[kind].schema,
  });

export const collections = {
  /** Model developers, evaluators and publishers. */
  organizations: collection('organizations'),
  /** One released model version each, with sourced facts. */
  models: collection('models'),
  /** One benchmark at one version each. */
  benchmarks: collection('benchmarks'),
  /** Documents figures were read in. */
  sources: collection('sources'),
  /** All figures read in one source, per file. */
  results: collection('results'),
  /** The article's assertions. */
  claims: collection('claims'),
  /** Retired ids and where they lead now. */
  redirects: collection('redirects'),
};
