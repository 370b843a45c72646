/** The scale benchmark's synthetic data: n copies of models, sources and results that still validate. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeScaledData } from '../../bench/scale-data';
import { siteSize, versionsLine, versionsSize } from '../../bench/scale-measure';
import { readDataDir } from '../../src/lib/load';
import { validateFiles } from '../../src/lib/validate';
import { FIXTURES, TODAY } from '../support/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'ledger-scale-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('scale benchmark data', () => {
  it('has three times the models, sources and figures, every copy valid and referring to its own copies', () => {
    const one = join(tmp, 'one');
    const three = join(tmp, 'three');
    const a = writeScaledData(join(FIXTURES, 'valid'), one, 1);
    const b = writeScaledData(join(FIXTURES, 'valid'), three, 3);
    expect(b.results).toBe(3 * a.results);
    for (const dir of ['models', 'sources', 'results']) expect(readdirSync(join(three, dir)).length).toBe(3 * readdirSync(join(one, dir)).length);
    expect(readdirSync(join(three, 'claims'))).toEqual(readdirSync(join(one, 'claims')));
    const { files, problems } = readDataDir(three);
    const report = validateFiles(files, TODAY);
    expect([...problems, ...report.problems]).toEqual([]);
    const copy = report.dataset.models.get('model-x-copy-3');
    expect(copy?.name).toBe('Model X (copy 3)');
    expect(report.dataset.results.filter((r) => r.model === 'model-x-copy-2').length).toBe(report.dataset.results.filter((r) => r.model === 'model-x').length);
  });

  it('measures a folder by kind of file', () => {
    const s = siteSize(join(FIXTURES, 'valid'));
    expect(s.kinds.map((k) => k.kind)).toEqual(['json']);
    expect(s.total).toBe(s.kinds[0]!.bytes);
  });

  it('says what each dataset version costs, and nothing when a build has none', () => {
    const dist = join(tmp, 'dist');
    for (const [id, n] of [['aaa', 1000], ['bbb', 3000]] as const) {
      mkdirSync(join(dist, 'data/versions', id), { recursive: true });
      writeFileSync(join(dist, 'data/versions', id, 'benchmark-ledger-data.zip'), Buffer.alloc(n));
    }
    writeFileSync(join(dist, 'data/versions/changed-since.json'), '{}');
    expect(versionsSize(dist)).toEqual({ count: 2, bytes: 4000, perVersion: 2000 });
    expect(versionsLine(versionsSize(dist))).toBe('  versions: 2 × 0.0 MB = 0.0 MB (the site grows by one version per data-changing commit)');
    expect(versionsSize(join(tmp, 'nothing'))).toEqual({ count: 0, bytes: 0, perVersion: 0 });
  });
});
