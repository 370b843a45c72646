/** The data folder reader on a hostile file system: symlinks, FIFOs, huge and odd files. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readDataDir, validateDir } from '../../src/lib/load';
import { FIXTURES } from '../support/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'ledger-fs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A fresh copy of the valid fixture data. */
const copy = () => {
  const dir = join(tmp, `d${n++}`);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  return dir;
};
const messages = (dir: string) => readDataDir(dir, dir).problems.map((p) => `${p.file}: ${p.message}`);

describe('reading data/', () => {
  it('refuses a dangling symlink with a message, without a stack trace', () => {
    const dir = copy();
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'models', 'ghost.json'));
    expect(messages(dir)).toEqual(['models/ghost.json: a symbolic link (replace it with the file itself; only regular files inside data/ are read)']);
  });

  it('refuses a symlink even when it points at a regular file inside data/', () => {
    const dir = copy();
    symlinkSync(join(dir, 'models', 'model-x.json'), join(dir, 'models', 'model-q.json'));
    expect(messages(dir)[0]).toMatch(/^models\/model-q.json: a symbolic link/);
  });

  it('refuses a symlinked folder', () => {
    const dir = copy();
    rmSync(join(dir, 'claims'), { recursive: true });
    symlinkSync(join(FIXTURES, 'valid', 'claims'), join(dir, 'claims'));
    expect(messages(dir)).toEqual(['claims: a symbolic link (replace it with the folder itself; only regular files inside data/ are read)']);
  });

  it('refuses a FIFO named *.json without opening it (opening would hang)', () => {
    const dir = copy();
    execFileSync('mkfifo', [join(dir, 'models', 'pipe.json')]);
    expect(messages(dir)).toEqual(['models/pipe.json: not a regular file (a pipe, socket or device; only regular files are read)']);
  });

  it('refuses a file over the size limit and says the limit', () => {
    const dir = copy();
    writeFileSync(join(dir, 'models', 'big.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 32));
    expect(messages(dir)).toEqual([`models/big.json: the file is ${MAX_FILE_BYTES + 1} bytes, over the limit of ${MAX_FILE_BYTES} bytes (${MAX_FILE_BYTES / 1024 / 1024} MB) per file (split it: one results file per source)`]);
  });

  it('refuses bytes that are not UTF-8, naming the first one', () => {
    const dir = copy();
    writeFileSync(join(dir, 'models', 'latin.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(messages(dir)).toEqual(['models/latin.json: byte 3 is not UTF-8 (save the file as UTF-8)']);
  });

  it('refuses UTF-16 with the fix', () => {
    const dir = copy();
    writeFileSync(join(dir, 'models', 'wide.json'), Buffer.from('\ufeff{}', 'utf16le'));
    expect(messages(dir)).toEqual(['models/wide.json: the file is UTF-16 (save it as UTF-8)']);
  });

  it('reports a missing data folder and a data folder that is a file', () => {
    expect(messages(join(tmp, 'absent'))[0]).toMatch(/no such data folder/);
    writeFileSync(join(tmp, 'plain'), 'x');
    expect(messages(join(tmp, 'plain'))[0]).toMatch(/no such data folder/);
  });

  it('validates a results file of 200,000 rows without overflowing the stack', () => {
    const dir = copy();
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ model: 'nope', benchmark: 'bench-pct', score: i % 100, locator: `row ${i}` }));
    writeFileSync(join(dir, 'results', 'zai-card.json'), JSON.stringify({ source: 'zai-card', results: rows }));
    const report = validateDir(dir, '2026-11-29', dir);
    expect(report.problems.length).toBeGreaterThanOrEqual(200_000);
  }, 120_000);
});
