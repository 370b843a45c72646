/**
 * The dataset archive holds the Every Eval Ever files as one ustar entry (src/lib/browse/tar.ts):
 * it untars, with the system's tar too, to exactly the files the site publishes under /data/eee/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveFiles } from '../../src/lib/browse/archive';
import { tarFiles } from '../../src/lib/browse/tar';
import { eeeFiles } from '../../src/lib/eee/record';
import type { RecordLists } from '../../src/lib/dataset';
import { validateCase } from '../support/fixtures';

/** The files of a ustar archive (enough of the format to read what tarFiles writes). */
function untar(tar: Uint8Array): Map<string, string> {
  const files = new Map<string, string>();
  const field = (at: number, n: number) => strFromU8(tar.subarray(at, at + n)).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const size = parseInt(field(at + 124, 12), 8);
    const prefix = field(at + 345, 155);
    const path = `${prefix ? `${prefix}/` : ''}${field(at, 100)}`;
    files.set(path, strFromU8(tar.subarray(at + 512, at + 512 + size)));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const long = `eee/${'b'.repeat(60)}/${'d'.repeat(50)}/${'m'.repeat(40)}/0f8fad5b-d9cb-469f-a165-70867728950e.json`;

describe('tarFiles', () => {
  it('writes what it was given, long paths and non-ASCII text too, the same bytes each time', () => {
    const files = new Map([['eee/a/b.json', '{"x":1}\n'], [long, '{"name":"Kimi K2 · 思考"}\n'], ['eee/empty.json', '']]);
    const tar = tarFiles(files);
    expect(tar.length % 512).toBe(0);
    expect(untar(tar)).toEqual(files);
    expect(tarFiles(files)).toEqual(tar);
  });
  it('is read by the system tar, path and text intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-tar-'));
    try {
      writeFileSync(join(dir, 'x.tar'), tarFiles(new Map([[long, 'ünïcode\n']])));
      execFileSync('tar', ['-xf', 'x.tar'], { cwd: dir });
      expect(readFileSync(join(dir, long), 'utf8')).toBe('ünïcode\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a path no ustar header can hold, saying so', () => {
    expect(() => tarFiles(new Map([[`eee/${'x'.repeat(300)}.json`, '']]))).toThrow(/too long for a ustar header/);
  });
});

describe('the archive\'s Every Eval Ever files', () => {
  it('are one eee.tar that untars to the files /data/eee/ publishes', () => {
    const data = validateCase().dataset;
    const lists = Object.fromEntries(Object.entries({ organizations: data.organizations, models: data.models, benchmarks: data.benchmarks, sources: data.sources, claims: data.claims, redirects: data.redirects }).map(([k, m]) => [k, [...m]])) as unknown as RecordLists;
    const files = archiveFiles({ lists: { ...lists, results: [] }, data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/' });
    expect([...files.keys()].some((k) => k.includes('/eee/'))).toBe(false);
    const eee = untar(files.get('benchmark-ledger-data/eee.tar') as Uint8Array);
    const expected = eeeFiles(data);
    expect(eee.size).toBe(expected.size);
    expect(eee.size).toBeGreaterThan(0);
    for (const [path, text] of expected) expect(eee.get(`eee/${path}`)).toBe(text);
    expect(archiveFiles({ lists: { ...lists, results: [] }, data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/', eee: false }).has('benchmark-ledger-data/eee.tar')).toBe(false);
  });
});
