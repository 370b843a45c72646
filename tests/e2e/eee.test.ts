/** Every file the build publishes under /data/eee/ validates against the pinned Every Eval Ever schema. */
import { Ajv } from 'ajv';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EEE_SCHEMA_PATH } from '../../src/lib/eee/schema';
import { DIST, ROOT } from './support/build';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe('the built Every Eval Ever export', () => {
  it('validates file by file, in their folder layout, and the index lists every file', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    ajv.addVocabulary(['version']);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, EEE_SCHEMA_PATH), 'utf8')));
    const dir = join(DIST, 'data/eee');
    const records = files(dir).filter((f) => !f.endsWith('/index.json'));
    expect(records.length).toBeGreaterThan(100);
    const bad = records.flatMap((f) => (validate(JSON.parse(readFileSync(f, 'utf8'))) ? [] : [`${relative(dir, f)}: ${ajv.errorsText(validate.errors)}`]));
    expect(bad).toEqual([]);
    for (const f of records) expect(relative(dir, f)).toMatch(/^[^/]+\/[^/]+\/[^/]+\/[0-9a-f-]{36}\.json$/);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.items).toHaveLength(records.length);
  });
});
