/** The pull request's permalink check, in a temporary git repository. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { uncoveredRemovals } from '../../src/lib/permalinks';
import { checkAgainstBase } from '../../src/lib/permalinks-base';

const ROOT = join(import.meta.dirname, '..', '..');
const repo = mkdtempSync(join(tmpdir(), 'ledger-permalinks-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const MANIFEST = '# header\n/\n/models/glm-5/\n/models/glm-5-1/\n/charts/hle.csv\n';

beforeEach(() => {
  rmSync(join(repo, '.git'), { recursive: true, force: true });
  rmSync(join(repo, 'data'), { recursive: true, force: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 'test');
  writeFileSync(join(repo, 'permalinks.txt'), MANIFEST);
  git('add', '.');
  git('commit', '-qm', 'base');
});

describe('uncoveredRemovals', () => {
  it('lists removed paths that no redirect covers', () => {
    expect(uncoveredRemovals(MANIFEST, '/\n/models/glm-5-1/\n', [{ kind: 'model', from: 'glm-5', to: 'glm-5-1' }])).toEqual(['/charts/hle.csv']);
    expect(uncoveredRemovals(MANIFEST, `${MANIFEST}/new/\n`, [])).toEqual([]);
  });
});

describe('permalinks.txt against the base branch', () => {
  it('passes when only lines were added', () => {
    writeFileSync(join(repo, 'permalinks.txt'), `${MANIFEST}/models/glm-5-2/\n`);
    expect(checkAgainstBase(repo, 'main')).toEqual({ ok: true, removed: [], listedBefore: 4 });
  });

  it('fails a removed line and a renamed id in one change', () => {
    writeFileSync(join(repo, 'permalinks.txt'), MANIFEST.replace('/models/glm-5/\n', '/models/glm-five/\n'));
    expect(checkAgainstBase(repo, 'main')).toEqual({ ok: true, removed: ['/models/glm-5/'], listedBefore: 4 });
  });

  it('passes a removed line that a redirect covers', () => {
    writeFileSync(join(repo, 'permalinks.txt'), MANIFEST.replace('/models/glm-5/\n', ''));
    mkdirSync(join(repo, 'data/redirects'), { recursive: true });
    writeFileSync(join(repo, 'data/redirects/model-glm-5.json'), '{"kind": "model", "from": "glm-5", "to": "glm-5-1", "date": "2026-11-01"}');
    expect(checkAgainstBase(repo, 'main')).toMatchObject({ ok: true, removed: [] });
  });

  it('says so when the base ref does not exist', () => {
    expect(checkAgainstBase(repo, 'origin/nope')).toEqual({ ok: false, message: `no commit named "origin/nope" in the git repository at ${repo} (check the spelling, or fetch it: git fetch origin)` });
  });

  it('npm run permalinks -- --base exits 1 and names the removed URL', { timeout: 60_000 }, () => {
    writeFileSync(join(repo, 'permalinks.txt'), MANIFEST.replace('/charts/hle.csv\n', ''));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/permalinks.ts'), '--base', 'main'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 URL(s) removed from permalinks.txt since main with no redirect');
    expect(r.stderr).toContain('/charts/hle.csv');
  });
});
