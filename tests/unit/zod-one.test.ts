/** One Zod: declared at exactly the version Astro uses, installed once, imported from one module. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z as astroZ } from 'astro/zod';
import { z } from '../../src/schemas/zod';

const ROOT = join(import.meta.dirname, '..', '..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

describe('zod', () => {
  it('is a dependency pinned at the version Astro resolves', () => {
    expect(json('package.json').dependencies.zod).toBe(json('node_modules/zod/package.json').version);
    expect(json('package-lock.json').packages['node_modules/astro/node_modules/zod']).toBeUndefined();
  });
  it('is the same module as astro/zod', () => {
    expect(z.object).toBe(astroZ.object);
  });
  it('is imported only by src/schemas/zod.ts', () => {
    const hits = execFileSync('git', ['grep', '--untracked', '-lE', "from '(astro/)?zod(/v4)?'", '--', 'src', 'scripts', 'bench', 'tests/support'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n').filter(Boolean);
    expect(hits).toEqual(['src/schemas/zod.ts']);
  });
});
