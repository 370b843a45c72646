import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, schemaPath } from '../../src/lib/json-schema';
import { KIND_ORDER } from '../../src/schemas';

describe('the committed JSON Schemas', () => {
  it.each(KIND_ORDER)('%s matches the Zod schema (run npm run schemas if this fails)', (kind) => {
    const committed = readFileSync(join(import.meta.dirname, '../../public', schemaPath(kind)), 'utf8');
    expect(committed).toBe(jsonSchemaText(kind));
  });

  it('every data file points at its kind\'s schema', async () => {
    const { readDataDir } = await import('../../src/lib/load');
    const { files } = readDataDir(join(import.meta.dirname, '../../data'));
    const wrong = files.filter((f) => !f.text.includes(`"$schema": "../../public/${schemaPath(f.kind)}"`)).map((f) => f.file);
    expect(wrong).toEqual([]);
  });
});
