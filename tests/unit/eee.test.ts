import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eeeFiles, eeePath, eeeRecord, RELATIONSHIP } from '../../src/lib/eee/record';
import { EEE_SCHEMA_PATH, EEE_SCHEMA_VERSION } from '../../src/lib/eee/schema';
import { LEDGER_NAMESPACE, uuidV5 } from '../../src/lib/eee/uuid';
import { validateDir } from '../../src/lib/load';
import { measurementsOf } from '../../src/lib/measurements';
import { validateCase } from '../support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, EEE_SCHEMA_PATH), 'utf8'));
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
// The schema carries its own "version" keyword; it is a label, not a rule.
ajv.addVocabulary(['version']);
const validate = ajv.compile(schema);
const problems = (files: Map<string, string>) =>
  [...files].flatMap(([path, text]) => (validate(JSON.parse(text)) ? [] : [`${path}: ${ajv.errorsText(validate.errors)}`]));

describe('uuidV5', () => {
  it('is RFC 9562 version 5 (the Python uuid5 test value), and our namespace is derived the same way', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('benchmark-ledger/measurement', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(LEDGER_NAMESPACE);
  });
});

describe('the Every Eval Ever export', () => {
  it('pins the vendored schema it claims', () => {
    expect(schema.version).toBe(EEE_SCHEMA_VERSION);
  });

  it('writes one file per measurement of the project\'s data, and every file validates against the pinned schema', () => {
    const data = validateDir(join(ROOT, 'data')).dataset;
    const files = eeeFiles(data);
    expect(files.size).toBe(measurementsOf(data).length);
    expect(problems(files)).toEqual([]);
    for (const path of files.keys()) expect(path).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+\/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.json$/);
  }, 60_000);

  it('maps provenance, settings, uncertainty and sources (fixture)', () => {
    const data = validateCase().dataset;
    const files = eeeFiles(data);
    expect(problems(files)).toEqual([]);
    const y = measurementsOf(data).find((m) => m.model === 'model-y' && m.benchmark === 'bench-pct' && m.measurer === 'anthropic')!;
    const r = eeeRecord(data, y);
    expect(eeePath(data, y)).toBe(`bench-pct/anthropic/model-y/${uuidV5(y.id)}.json`);
    expect(r.source_metadata.evaluator_relationship).toBe('first_party');
    expect(r.source_metadata.additional_details.provenance).toBe('self-reported');
    expect(r.evaluation_results[0]!.score_details).toMatchObject({ score: 59.3, uncertainty: { confidence_interval: { confidence_level: 0.95 } } });
    expect(r.evaluation_results[0]!.generation_config).toEqual({ additional_details: { harness: 'Terminus-2' } });
    expect(JSON.parse(r.source_metadata.additional_details.citations!)[0]).toMatchObject({ source: 'anthropic-post', locator: 'table row 3' });
    expect(RELATIONSHIP).toEqual({ 'self-reported': 'first_party', 'rival-reported': 'third_party', independent: 'third_party' });
  });

  it('gives the same file names on every export (no churn)', () => {
    expect([...eeeFiles(validateCase().dataset).keys()]).toEqual([...eeeFiles(validateCase().dataset).keys()]);
  });

  it('is checked for real: a record the schema forbids is reported', () => {
    const data = validateCase().dataset;
    const bad = { ...eeeRecord(data, measurementsOf(data)[0]!), extra: true };
    expect(validate(bad)).toBe(false);
    expect(ajv.errorsText(validate.errors)).toContain('must NOT have additional properties');
  });
});
