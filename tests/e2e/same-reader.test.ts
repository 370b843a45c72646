/**
 * validate ≡ build: the same files are accepted by `npm run validate` and by `astro build`
 * (they share one reader), a refused file fails the build without a stack trace, and a
 * fresh dataset with no redirects builds without a warning.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDir } from '../../src/lib/load';
import { astroBuild } from './support/build';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-reader-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('validate and build accept the same files', () => {
  it('a UTF-8 byte-order mark: accepted by both; no redirects folder: no warning', { timeout: 600_000 }, () => {
    const data = join(tmp, 'bom');
    cpSync(join(FIXTURES, 'valid'), data, { recursive: true });
    rmSync(join(data, 'redirects'), { recursive: true });
    const file = join(data, 'models/model-x.json');
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    expect(validateDir(data, '2026-11-29', data).problems).toEqual([]);
    const out = join(tmp, 'bom-dist');
    const { status, output } = astroBuild(out, { DATA_DIR: data });
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'models/model-x/index.html'), 'utf8')).toContain('Model X');
    expect(output).not.toMatch(/\[WARN\]|Stack trace/);
  });

  it('a symbolic link: refused by both, the build with the validator\'s line and no stack trace', { timeout: 600_000 }, () => {
    const data = join(tmp, 'link');
    cpSync(join(FIXTURES, 'valid'), data, { recursive: true });
    rmSync(join(data, 'models/model-y.json'));
    symlinkSync(join(FIXTURES, 'valid/models/model-y.json'), join(data, 'models/model-y.json'));
    expect(validateDir(data, '2026-11-29', data).problems.map((p) => p.message)).toContain('a symbolic link (replace it with the file itself; only regular files inside data/ are read)');
    const { status, output } = astroBuild(join(tmp, 'link-dist'), { DATA_DIR: data });
    expect(status).not.toBe(0);
    expect(output).toContain('models/model-y.json: a symbolic link (replace it with the file itself; only regular files inside data/ are read)');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  });
});
