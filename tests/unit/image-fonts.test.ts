/**
 * Build-time images do not depend on the machine's fonts: one fixture chart drawn in two
 * processes, one of them with other fonts under the system family names (and, where the test
 * may make a mount namespace, with /usr/share/fonts empty and an empty fontconfig), gives
 * byte-identical PNG and SVG.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'tests/support/image-hashes.ts');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-fonts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Hashes printed by the child; `wrap` runs it inside another command (e.g. unshare). */
function hashes(env: Record<string, string>, wrap: string[] = []) {
  const node = [process.execPath, '--import', 'tsx', SCRIPT];
  const [cmd, ...args] = [...wrap, ...node];
  const r = spawnSync(cmd!, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('image fonts come from npm, not from the machine', () => {
  const home = join(tmp, 'home');
  const emptyConf = join(tmp, 'fonts.conf');
  writeFileSync(emptyConf, '<?xml version="1.0"?><fontconfig></fontconfig>\n');
  const foreign = { FOREIGN_FONTS: '1', HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config'), FONTCONFIG_FILE: emptyConf };

  it('draws the same bytes with other fonts under the system names', () => {
    const a = hashes({});
    const b = hashes(foreign);
    expect(a.status, a.err).toBe(0);
    expect(b.status, b.err).toBe(0);
    expect(Object.keys(JSON.parse(a.out))).toHaveLength(6);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  }, 240_000);

  it('draws the same bytes with no system fonts at all (where a mount namespace can be made)', (ctx) => {
    const empty = join(tmp, 'no-fonts');
    const probe = spawnSync('unshare', ['-m', 'true']);
    if (probe.status !== 0) return ctx.skip();
    const a = hashes({});
    const script = `mkdir -p ${empty} && mount --bind ${empty} /usr/share/fonts && exec "$@"`;
    const b = hashes({ FONTCONFIG_FILE: emptyConf, HOME: home }, ['unshare', '-m', 'sh', '-c', script, 'sh']);
    expect(b.status, b.err).toBe(0);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  }, 240_000);
});
