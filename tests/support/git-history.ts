/**
 * A throwaway git repository whose data/ has a history, for tests of dataset versions:
 *   1. "old rules": the valid fixture with one file today's schema rejects (a "81%" score);
 *   2. "first": the valid fixture;
 *   3. "docs": a change outside data/ (adds no version);
 *   4. "score": Model X's Arena score on the board 1450 → 1480 (moves the Arena chart, flips
 *      the claim model-x-rivals from Not supported).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';

export interface FixtureRepo {
  repo: string;
  data: string;
  /** Commit ids by step name. */
  commits: Record<'oldRules' | 'first' | 'docs' | 'score', string>;
  git: (...args: string[]) => string;
  remove: () => void;
}

/** Creates the repository (remove it with `remove()`). */
export function fixtureHistory(): FixtureRepo {
  const repo = mkdtempSync(join(tmpdir(), 'ledger-versions-'));
  const data = join(repo, 'data');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (message: string, date: string) => {
    git('add', '-A');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', message], {
      cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q', '-b', 'main');
  cpSync(join(FIXTURES, 'valid'), data, { recursive: true });
  const post = join(data, 'results/anthropic-post.json');
  const good = readFileSync(post, 'utf8');
  writeFileSync(post, readFileSync(join(FIXTURES, 'invalid/result-score-with-percent/results/anthropic-post.json'), 'utf8'));
  const oldRules = commit('old rules', '2026-11-01T10:00:00Z');
  writeFileSync(post, good);
  const first = commit('first', '2026-11-02T10:00:00Z');
  writeFileSync(join(repo, 'README.md'), 'docs\n');
  const docs = commit('docs', '2026-11-03T10:00:00Z');
  const board = join(data, 'results/board-snapshot.json');
  writeFileSync(board, readFileSync(board, 'utf8').replace('"score": 1450', '"score": 1480'));
  const score = commit('score', '2026-11-04T10:00:00Z');
  return { repo, data, commits: { oldRules, first, docs, score }, git, remove: () => rmSync(repo, { recursive: true, force: true }) };
}
