/** The build's content loader reads data/ with the validator's reader: same files accepted. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataLoader } from '../../src/integrations/data-loader';
import { validateDir } from '../../src/lib/load';
import { RECORD_KINDS } from '../../src/schemas';
import { FIXTURES, TODAY } from '../support/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'ledger-loader-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs the loader of `kind` with a minimal stand-in for Astro's context. Like Astro's data
 * store, clear() removes the collection and delete() keeps it.
 */
async function load(kind: 'models' | 'benchmarks' | 'redirects', root: string) {
  let collection: Map<string, unknown> | undefined;
  const errors: string[] = [];
  const stored = new Map<string, unknown>();
  await dataLoader(kind, 'data').load({
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => void (collection = undefined),
      set: ({ id, data }: { id: string; data: unknown }) => void (collection ??= new Map()).set(id, data),
      delete: (id: string) => void collection?.delete(id),
      keys: () => [...(collection?.keys() ?? [])],
    },
    parseData: async ({ data }: { data: unknown }) => RECORD_KINDS[kind].schema.parse(data),
    generateDigest: (s: string) => String(s.length),
    logger: { error: (m: string) => errors.push(m) },
  } as never);
  for (const [k, v] of collection ?? []) stored.set(k, v);
  return { stored, errors, exists: collection !== undefined };
}

describe('the content loader', () => {
  it('accepts a UTF-8 byte-order mark, as the validator does', async () => {
    cpSync(join(FIXTURES, 'valid'), join(tmp, 'data'), { recursive: true });
    const file = join(tmp, 'data/models/model-x.json');
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    expect(validateDir(join(tmp, 'data'), TODAY, tmp).problems).toEqual([]);
    const { stored, errors } = await load('models', tmp);
    expect(errors).toEqual([]);
    expect([...stored.keys()].sort()).toEqual(['model-x', 'model-y']);
  });

  it('skips what the validator refuses, with the validator\'s message', async () => {
    writeFileSync(join(tmp, 'data/benchmarks/broken.json'), '{"name": "x",}');
    const { stored, errors } = await load('benchmarks', tmp);
    expect(errors).toEqual(['data/benchmarks/broken.json:1:14: trailing comma before } (remove the last comma)']);
    expect(stored.has('broken')).toBe(false);
  });

  it('leaves an empty collection, not a missing one, for a folder with no files (no warning on a fresh clone)', async () => {
    rmSync(join(tmp, 'data/redirects'), { recursive: true });
    const { stored, exists } = await load('redirects', tmp);
    expect(exists).toBe(true);
    expect(stored.size).toBe(0);
  });
});
