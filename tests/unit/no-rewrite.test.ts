/** The schemas check values and never rewrite them: what is parsed is what was written. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/lib/load';
import { checkFile } from '../../src/lib/validate';

describe('parsing a record', () => {
  it('returns every real data file exactly as written (only an omitted settings object becomes {})', () => {
    const { files } = readDataDir(join(import.meta.dirname, '../../data'));
    expect(files.length).toBeGreaterThan(300);
    for (const f of files) {
      const written = JSON.parse(f.text);
      if (f.kind === 'results') for (const r of written.results) r.settings ??= {};
      expect(checkFile(f).record, f.file).toEqual(written);
    }
  });

  it('keeps surrounding spaces rather than trimming them away', () => {
    const r = checkFile({ kind: 'organizations', id: 'x', file: 'x', text: '{"name":" Spaced ","country":null,"kind":"press","url":"https://a.example"}' });
    expect((r.record as { name: string }).name).toBe(' Spaced ');
  });
});
