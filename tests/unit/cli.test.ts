/** Every script parses its arguments: a mistake is one line and the usage, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/lib/cli';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, script), ...args], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
};
const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('parseCli', () => {
  const spec = { usage: 'u', strings: ['source', 'effort'], booleans: ['dry-run'], maxPositionals: 1 };
  it('parses flags and positionals', () => {
    expect(parseCli(['x', '--source', 's', '--dry-run'], spec)).toEqual({ ok: true, values: { source: 's', 'dry-run': true }, positionals: ['x'] });
    expect(parseCli(['--source=s'], spec)).toMatchObject({ ok: true, values: { source: 's' } });
  });
  it('names what is wrong', () => {
    expect(parseCli(['--reasoning-effort', 'high'], spec)).toEqual({ ok: false, message: 'unknown flag --reasoning-effort (did you mean --effort?)' });
    expect(parseCli(['--sorce', 'x'], spec)).toEqual({ ok: false, message: 'unknown flag --sorce (did you mean --source?)' });
    expect(parseCli(['--source'], spec)).toEqual({ ok: false, message: '--source needs a value (--source <value>)' });
    expect(parseCli(['--source', '--dry-run'], spec)).toEqual({ ok: false, message: '--source needs a value (--source <value>)' });
    expect(parseCli(['a', 'b'], spec)).toEqual({ ok: false, message: 'unexpected argument "b"' });
    expect(parseCli(['--x'], { usage: 'u' })).toEqual({ ok: false, message: 'unknown flag --x (this command takes no flags)' });
  });
});

describe('the scripts', () => {
  it('verdict-diff: a git ref that does not exist', { timeout: 60_000 }, () => {
    const r = run('scripts/verdict-diff.ts', 'no-such-branch-xyz');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^no commit named "no-such-branch-xyz" in this git repository \(check the spelling, or fetch it: git fetch origin\)\n\nusage: npm run verdict-diff/);
    noTrace(r.err);
  });
  it('validate, verdicts, permalinks, budgets, schemas: an unknown flag or too many arguments', { timeout: 120_000 }, () => {
    for (const [script, args] of [
      ['scripts/validate.ts', ['--strict']], ['scripts/verdicts.ts', ['a', 'b']], ['scripts/permalinks.ts', ['--dist', 'x']],
      ['bench/budgets.ts', ['--base', '/x/']], ['scripts/build-schemas.ts', ['out']], ['scripts/verdict-diff.ts', ['--base', 'main']], ['scripts/lighthouse.ts', ['--runz', '2']],
    ] as const) {
      const r = run(script, ...args);
      expect(r.status, script).toBe(2);
      expect(r.err, script).toMatch(/^(unknown flag|unexpected argument).*\n\nusage: npm run /);
      noTrace(r.err);
    }
  });
  it('validate: a data folder that does not exist is a problem line, and a missing build is a message', { timeout: 60_000 }, () => {
    const v = run('scripts/validate.ts', 'no-such-dir');
    expect(v.status).toBe(1);
    expect(v.err).toMatch(/^no-such-dir: no such data folder/);
    const b = run('bench/budgets.ts', 'no-such-dist');
    expect(b.status).toBe(1);
    expect(b.err).toBe('no build at no-such-dist: run npm run build first\n');
  });

  it('an error thrown after the arguments are parsed is one line, without a stack trace', { timeout: 60_000 }, () => {
    const code = "import { quietErrors } from './src/lib/cli'; quietErrors(); await Promise.resolve(); throw new Error('the article is missing');";
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEBUG: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('the article is missing (DEBUG=1 shows where)\n');
  });
  it('budgets: a page whose script is missing from the build fails the run (it used to count as 0 bytes)', { timeout: 60_000 }, () => {
    const dist = mkdtempSync(join(tmpdir(), 'ledger-dist-'));
    try {
      mkdirSync(join(dist, 'charts/hle'), { recursive: true });
      writeFileSync(join(dist, 'charts/hle/index.html'), '<ledger-chart></ledger-chart><script type="module" src="/_astro/chart.js"></script>');
      writeFileSync(join(dist, 'index.html'), '<p>home</p>');
      const r = run('bench/budgets.ts', dist);
      expect(r.status).toBe(1);
      expect(r.err).toContain('/charts/hle/index.html: loads /_astro/chart.js, which the build does not contain');
      mkdirSync(join(dist, '_astro'));
      writeFileSync(join(dist, '_astro/chart.js'), 'console.log(1)');
      expect(run('bench/budgets.ts', dist).status).toBe(0);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
