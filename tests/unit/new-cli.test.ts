/** `npm run new` end to end, in a temporary copy of the fixture dataset. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-new-'));
const data = join(tmp, 'data');
cpSync(join(FIXTURES, 'valid'), data, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI with no terminal attached (so missing flags are errors, not questions). */
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/new.ts'), ...args, '--data', data], {
    cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run new', { timeout: 60_000 }, () => {
  it('creates a source, valid from the start', () => {
    const r = run('source', '--id', 'board-2026-08', '--title', 'Board, August', '--publisher', 'board', '--url', 'https://board.example.org/',
      '--kind', 'independent-leaderboard', '--published', '2026-08-01', '--supersedes', 'board-snapshot');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('wrote data/sources/board-2026-08.json');
    expect(r.out).toContain('data is valid: 6 results from 5 sources');
    expect(JSON.parse(readFileSync(join(data, 'sources/board-2026-08.json'), 'utf8'))).toMatchObject({ publisher: 'board', supersedes: 'board-snapshot' });
  });

  it('starts the new source\'s results file with a result, then appends to it', () => {
    const args = ['--source', 'board-2026-08', '--model', 'model-x', '--benchmark', 'arena-elo', '--variant', 'style control', '--locator', 'board.csv row 3'];
    expect(run('result', ...args, '--score', '1452').status).toBe(0);
    const second = run('result', ...args.slice(0, 4), '--benchmark', 'bench-pct', '--score', '62.5', '--locator', 'row 7', '--harness', 'Terminus-2');
    expect(second.out).toContain('appended a result to data/results/board-2026-08.json');
    const file = JSON.parse(readFileSync(join(data, 'results/board-2026-08.json'), 'utf8'));
    expect(file.results.map((r: { score: number }) => r.score)).toEqual([1452, 62.5]);
  });

  it('refuses a score written "81%" before asking anything, and writes nothing', () => {
    const before = readFileSync(join(data, 'results/board-2026-08.json'), 'utf8');
    const r = run('result', '--source', 'board-2026-08', '--model', 'model-y', '--benchmark', 'bench-pct', '--score', '81%', '--locator', 'row 2');
    expect(r.status).toBe(2);
    expect(r.err).toContain('--score: expected a number, got "81%" (write the number without %)');
    expect(r.err).toContain('Nothing written');
    expect(readFileSync(join(data, 'results/board-2026-08.json'), 'utf8')).toBe(before);
  });

  it('names the missing flags when no terminal can be asked', () => {
    const r = run('model', '--id', 'model-w');
    expect(r.status).toBe(2);
    expect(r.err).toContain('--released-locator');
    expect(existsSync(join(data, 'models/model-w.json'))).toBe(false);
  });

  it('never overwrites an existing record', () => {
    const r = run('source', '--id', 'zai-card', '--title', 'x', '--publisher', 'board', '--url', 'https://x.org/', '--kind', 'press', '--published', 'none');
    expect(r.status).toBe(2);
    expect(r.err).toContain('already exists');
  });
});

describe('npm run new, on mistakes', { timeout: 60_000 }, () => {
  it('names an unknown flag with the nearest one, and prints the usage, not a stack trace', () => {
    const r = run('result', '--reasoning-effort', 'high');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^unknown flag --reasoning-effort \(did you mean --effort\?\)\n\nusage: npm run new/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('says a flag needs its value', () => {
    const r = run('result', '--source');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^--source needs a value/);
  });

  it('names an unknown id at once, with the nearest ids, before asking anything else', () => {
    const r = run('result', '--model', 'model-q');
    expect(r.status).toBe(2);
    expect(r.err).toContain('--model: no model has the id "model-q" (nearest: model-x, model-y)');
    expect(r.err).not.toContain('missing flags');
  });

  it('judges a score against its benchmark at once: 1e308 Elo is refused before anything is asked', () => {
    const r = run('result', '--source', 'zai-card', '--benchmark', 'arena-elo', '--score', '1e308');
    expect(r.status).toBe(2);
    expect(r.err).toContain('--score: 1e+308 is outside the plausible Elo scores 0 to 4000 for arena-elo');
    expect(r.err).not.toContain('missing flags');
  });

  it('gives a message, not a crash, on a hand-edited results file with a syntax error', () => {
    const file = join(data, 'results/board-snapshot.json');
    const broken = readFileSync(file, 'utf8').replace(/\}\s*\]/, '},\n  ]');
    writeFileSync(file, broken);
    const r = run('result', '--source', 'board-snapshot', '--model', 'model-y', '--benchmark', 'bench-pct', '--score', '50', '--locator', 'row 1');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^data\/results\/board-snapshot.json:\d+:\d+: trailing comma before \] \(remove the last comma\) \(the file has a syntax error: fix it by hand first/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});

describe('npm run new, in a terminal', () => {
  // `script` gives the command a real terminal, so the questions are asked.
  it.skipIf(!existsSync('/usr/bin/script'))('names a wrong id at once and asks for it again; the append keeps 57.0 as written', { timeout: 90_000 }, () => {
    const before = readFileSync(join(data, 'results/zai-card.json'), 'utf8');
    const answers = ['model-q', 'model-y', 'bench-pct', '50', 'row 11', 'with tools', ...Array(7).fill('')].join('\n');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'node_modules/tsx/dist/cli.mjs'))} ${JSON.stringify(join(ROOT, 'scripts/new.ts'))} result --source zai-card --data ${JSON.stringify(data)}`;
    const r = spawnSync('bash', ['-c', `(printf '%s\\n' "$ANSWERS"; sleep 6) | script -qec ${JSON.stringify(cmd)} /dev/null`], {
      cwd: tmp, encoding: 'utf8', env: { ...process.env, ANSWERS: answers }, timeout: 80_000,
    });
    const out = r.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    expect(out).toMatch(/no model has the id "model-q" \(nearest: model-x, model-y\)[^\n]*\nModel id: Benchmark id: /);
    expect(out).toContain('appended a result to data/results/zai-card.json');
    const after = readFileSync(join(data, 'results/zai-card.json'), 'utf8');
    expect(after).toContain('"locator": "row 11"');
    // Every line written before is kept as written: "score": 57.0 is not re-serialised as 57.
    expect(after.startsWith(before.slice(0, before.lastIndexOf(']')).trimEnd())).toBe(true);
    expect(after).toContain('"score": 57.0,');
  });
});
