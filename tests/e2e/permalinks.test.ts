/**
 * Permalinks are a contract: every URL in permalinks.txt resolves in the built site, as a page
 * or a redirect; a chart redirect keeps the old page, embed and downloads answering; a listed
 * URL that vanishes without a redirect, or a redirect to no chart, fails the build.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileOfPath, parseManifest, unlistedPermalinks } from '../../src/lib/permalinks';
import { DIST, ROOT, astroBuild } from './support/build';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-permalinks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The valid fixture dataset with a chart redirect from `from` to `to`. */
function dataWithRedirect(name: string, from: string, to: string): string {
  const dir = join(tmp, name);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  writeFileSync(join(dir, 'redirects', `chart-${from}.json`), JSON.stringify({ kind: 'chart', from, to, date: '2026-07-01', reason: 'benchmark renamed' }));
  return dir;
}

describe('permalinks.txt', () => {
  it('lists only URLs the built site serves', () => {
    const listed = parseManifest(readFileSync(join(ROOT, 'permalinks.txt'), 'utf8'));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((p) => !existsSync(join(DIST, fileOfPath(p))))).toEqual([]);
  });

  it('lists every URL the built site publishes (a new page is a new promise: npm run permalinks adds it)', () => {
    const listed = parseManifest(readFileSync(join(ROOT, 'permalinks.txt'), 'utf8'));
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [`/${relative(DIST, join(dir, n))}`.replace(/index\.html$/, '')]));
    expect(unlistedPermalinks(listed, walk(DIST)), 'run npm run permalinks after npm run build, and commit permalinks.txt').toEqual([]);
  });
});

describe('a renamed chart', () => {
  const data = dataWithRedirect('renamed', 'bench-percent', 'bench-pct');
  const manifest = join(tmp, 'manifest.txt');
  writeFileSync(manifest, '/charts/bench-pct/\n/charts/bench-percent/\n/charts/bench-percent.csv\n/embed/bench-percent/\n');

  it('keeps its old page, embed and downloads answering', () => {
    const out = join(tmp, 'renamed-dist');
    const { status, output } = astroBuild(out, { DATA_DIR: data, PERMALINKS_MANIFEST: manifest });
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'charts/bench-percent/index.html'), 'utf8')).toContain('url=/charts/bench-pct/');
    expect(readFileSync(join(out, 'embed/bench-percent/index.html'), 'utf8')).toContain('/embed/bench-pct/');
    expect(readFileSync(join(out, 'charts/bench-percent.csv'), 'utf8')).toContain('\r\nbench-pct,');
  });

  it('fails the build without its redirect', () => {
    const dir = join(tmp, 'no-redirect');
    cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
    const { status, output } = astroBuild(join(tmp, 'no-redirect-dist'), { DATA_DIR: dir, PERMALINKS_MANIFEST: manifest });
    expect(status).not.toBe(0);
    expect(output).toContain('no longer resolve');
    expect(output).toContain('/charts/bench-percent/');
  });

  it('fails the build when a chart redirect leads to no chart', () => {
    const { status, output } = astroBuild(join(tmp, 'bad-redirect-dist'), { DATA_DIR: dataWithRedirect('bad', 'bench-percent', 'bench-pc') });
    expect(status).not.toBe(0);
    expect(output).toContain('data/redirects/chart-bench-percent.json: to: no chart has the id "bench-pc"');
  });
});
