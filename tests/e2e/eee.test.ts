/** Every Every Eval Ever file in the built dataset archive's eee.tar validates against the pinned schema. */
import { Ajv } from 'ajv';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_NAME } from '../../src/lib/browse/archive';
import { untarFiles } from '../../src/lib/browse/tar';
import { EEE_SCHEMA_PATH } from '../../src/lib/eee/schema';
import { DIST, ROOT } from './support/build';

describe('the built Every Eval Ever export', () => {
  it('validates file by file, in their folder layout, inside the archive (and the site serves no copies)', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    ajv.addVocabulary(['version']);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, EEE_SCHEMA_PATH), 'utf8')));
    const zip = unzipSync(new Uint8Array(readFileSync(join(DIST, 'data', ARCHIVE_NAME))));
    const records = untarFiles(zip['benchmark-ledger-data/eee.tar']!);
    expect(records.size).toBeGreaterThan(100);
    const bad = [...records].flatMap(([path, text]) => (validate(JSON.parse(text)) ? [] : [`${path}: ${ajv.errorsText(validate.errors)}`]));
    expect(bad).toEqual([]);
    for (const path of records.keys()) expect(path).toMatch(/^eee\/[^/]+\/[^/]+\/[^/]+\/[0-9a-f-]{36}\.json$/);
    expect(existsSync(join(DIST, 'data', 'eee'))).toBe(false);
  });
});
