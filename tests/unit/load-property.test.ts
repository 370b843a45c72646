/**
 * Property: whatever a data folder holds (files, links, dangling links, empty files, pipes,
 * folders, huge lists, byte-order marks, UTF-16, Latin-1 bytes), validation never throws
 * and every entry that cannot be a record gets a problem naming it.
 */
import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDir } from '../../src/lib/load';
import { formatProblem } from '../../src/lib/problems';
import { firstInvalidUtf8 } from '../../src/lib/text-decode';

const tmp = mkdtempSync(join(tmpdir(), 'ledger-tree-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Entry =
  | { type: 'text'; text: string; bom: boolean }
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'utf16' | 'empty' | 'fifo' | 'folder' | 'dangling' | 'link-inside' | 'link-outside' | 'huge' };

const record = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.record({ name: fc.string(), kind: fc.constantFrom('press', 'vendor'), url: fc.constant('https://a.example') }).map((v) => JSON.stringify(v)),
  fc.string({ unit: fc.constantFrom(...'{}[]",:01.e tfnul\\\n') }),
);
const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: record, bom: fc.boolean() }),
  fc.record({ type: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 40 }) }),
  fc.constantFrom(...(['utf16', 'empty', 'fifo', 'folder', 'dangling', 'link-inside', 'link-outside', 'huge'] as const)).map((type) => ({ type })),
);
const folder = fc.constantFrom('organizations', 'models', 'benchmarks', 'sources', 'results', 'claims', 'redirects', 'elsewhere');
const name = fc.constantFrom('a', 'b-2', 'Bad Name', 'x.y', 'c').chain((n) => fc.constantFrom(`${n}.json`, n, `${n}.txt`));
const tree = fc.uniqueArray(fc.tuple(folder, name, entry), { maxLength: 12, selector: ([f, n]) => `${f}/${n}` });

let run = 0;
/** Writes the tree; returns the entries that can never be read as a record. */
function write(dir: string, entries: [string, string, Entry][]): string[] {
  const unreadable: string[] = [];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(tmp, 'outside.json'), '{}');
  for (const [f, n, e] of entries) {
    mkdirSync(join(dir, f), { recursive: true });
    const path = join(dir, f, n);
    const show = `${f}/${n}`;
    switch (e.type) {
      case 'text': writeFileSync(path, `${e.bom ? '\ufeff' : ''}${e.text}`); break;
      case 'bytes': writeFileSync(path, e.bytes); break;
      case 'utf16': writeFileSync(path, Buffer.from('\ufeff{"a": 1}', 'utf16le')); unreadable.push(show); break;
      case 'empty': writeFileSync(path, ''); break;
      case 'fifo': execFileSync('mkfifo', [path]); unreadable.push(show); break;
      case 'folder': mkdirSync(path); unreadable.push(show); break;
      case 'dangling': symlinkSync(join(dir, 'nothing-here'), path); unreadable.push(show); break;
      case 'link-inside': symlinkSync(join(dir, f), path); unreadable.push(show); break;
      case 'link-outside': symlinkSync(join(tmp, 'outside.json'), path); unreadable.push(show); break;
      case 'huge': writeFileSync(path, `{"source": "huge", "results": [${Array(100_000).fill('{"model": "m", "score": 1e308}').join(',')}]}`); break;
    }
  }
  return unreadable;
}

describe('any data folder', () => {
  it('validates without throwing, with a problem for every entry that cannot be a record', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(tree, (entries) => {
        const dir = join(tmp, `t${run++}`);
        const unreadable = write(dir, entries);
        const report = validateDir(dir, '2026-11-29', dir);
        const files = new Set(report.problems.map((p) => p.file));
        // Only record folders are looked into; elsewhere/ is reported as a whole.
        for (const u of unreadable) expect(files.has(u.startsWith('elsewhere/') ? 'elsewhere' : u), u).toBe(true);
        for (const p of report.problems) expect(formatProblem(p)).not.toMatch(/\n\s+at |RangeError|TypeError/);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  });
});

describe('the UTF-8 check', () => {
  it('agrees with Node\'s own on any bytes, and names a byte only when there is one', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 24 }), fc.string().map((s) => new TextEncoder().encode(s))), (b) => {
      const bad = firstInvalidUtf8(b);
      expect(bad === -1).toBe(isUtf8(b));
      if (bad >= 0) expect(isUtf8(b.subarray(0, bad))).toBe(true);
    }), { numRuns: 2000 });
  });
});
