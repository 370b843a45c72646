import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffData, diffMarkdown } from '../../src/lib/verdict-diff';
import { FIXTURES, validateCase } from '../support/fixtures';

const before = validateCase().dataset;

describe('diffData', () => {
  it('reports an added figure, the chart it moves and the verdict it flips', () => {
    const after = {
      ...before,
      results: [
        ...before.results,
        { model: 'model-x', benchmark: 'bench-pct', score: 88, settings: {}, locator: 'row 9', source: 'board-snapshot', index: 2 },
        { model: 'model-y', benchmark: 'bench-pct', score: 90, settings: {}, locator: 'row 1', source: 'board-snapshot', index: 3 },
      ],
    };
    const d = diffData(before, after);
    expect(d.added.map((r) => r.score)).toEqual([88, 90]);
    expect(d.charts).toEqual(['/charts/bench-pct/']);
    expect(d.verdicts).toEqual([
      { id: 'model-x-rivals', which: 'at launch', before: 'Not supported', after: 'Partly supported' },
      { id: 'model-x-rivals', which: 'independent', before: 'Not supported', after: 'Partly supported' },
      { id: 'model-x-rivals', which: 'today', before: 'Not supported', after: 'Partly supported' },
    ]);
    expect(diffMarkdown(d, 'main')).toContain('- `model-x-rivals` (at launch): Not supported → **Partly supported**');
  });

  it('says so when nothing changes', () => {
    expect(diffMarkdown(diffData(before, before), 'main')).toContain('No figure, conflict, chart value or verdict changes.');
  });
});

describe('npm run verdict-diff', () => {
  it('compares a git ref with the working tree', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ledger-vd-'));
    try {
      cpSync(join(FIXTURES, 'valid'), join(repo, 'data'), { recursive: true });
      const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: repo });
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'base');
      const file = join(repo, 'data/results/anthropic-post.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('59.3', '49.3'));
      const script = join(import.meta.dirname, '../../scripts/verdict-diff.ts');
      const r = spawnSync(join(import.meta.dirname, '../../node_modules/.bin/tsx'), [script, 'HEAD'], { cwd: repo, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('0 added, 0 removed, 1 changed');
      expect(r.stdout).toContain('| model-y | bench-pct | 59.3 | 49.3 | anthropic-post |');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
