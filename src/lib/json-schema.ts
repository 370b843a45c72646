/**
 * JSON Schema for contributors' editors, generated from the Zod schemas so the two can never
 * disagree. Committed under public/schemas/v<N>/ and served with the site; a test fails when
 * the committed files are stale (run `npm run schemas`).
 */
import { z } from '../schemas/zod';
import { RECORD_KINDS, SCHEMA_VERSION, type RecordKind } from '../schemas';

/** Where a kind's schema is published, relative to the site root and to public/. */
export const schemaPath = (kind: RecordKind) => `schemas/v${SCHEMA_VERSION}/${RECORD_KINDS[kind].schemaFile}.schema.json`;

/** The JSON Schema text of one record kind (stable, newline-terminated). */
export function jsonSchemaText(kind: RecordKind): string {
  const schema = z.toJSONSchema(RECORD_KINDS[kind].schema, { io: 'input', unrepresentable: 'any' });
  const doc = { ...schema, $id: schemaPath(kind), title: `Benchmark Ledger ${kind} record (schema v${SCHEMA_VERSION})` };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
