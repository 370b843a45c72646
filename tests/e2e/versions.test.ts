/**
 * Dataset versions on the built site: every file versions.json lists downloads and parses; a
 * site built from a fixture git history lists both its versions, renders /changes/, and a
 * chart or claim page opened with an older ?v= says what changed since.
 */
import { unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { astroBuild, DIST } from './support/build';
import { serveStatic, type StaticSite } from './support/server';
import { useBuiltSite } from './support/site';
import { fixtureHistory } from '../support/git-history';

interface Manifest { current: string; complete: boolean; versions: { id: string; archive: string; files: Record<string, string> }[] }

/** Fetches every file of every listed version and checks that it parses. */
async function checkFiles(request: APIRequestContext, m: Manifest, origin: string) {
  for (const v of m.versions) {
    for (const [name, url] of Object.entries(v.files)) {
      const res = await request.get(new URL(new URL(url).pathname, origin).href);
      expect(res.status(), url).toBe(200);
      const body = await res.body();
      if (name.endsWith('.zip')) expect(Object.keys(unzipSync(new Uint8Array(body))).some((f) => f.endsWith('records.json'))).toBe(true);
      if (name.endsWith('.json')) expect(JSON.parse(body.toString('utf8')).version).toBe(v.id);
      if (name.endsWith('.csv')) expect(body.toString('utf8').split('\r\n')[0]).toMatch(/^measurement_id,model,model_name,/);
    }
  }
}

/**
 * The built version folders hold exactly the files versions.json lists, and nothing else: a
 * version is data (its archive), so the site grows by one archive per version.
 */
function checkFolders(dist: string, m: Manifest) {
  const root = join(dist, 'data/versions');
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  expect(folders.sort()).toEqual(m.versions.map((v) => v.id).sort());
  for (const v of m.versions) {
    expect(readdirSync(join(root, v.id)).sort(), v.id).toEqual(Object.values(v.files).map((u) => u.split('/').pop()!).sort());
    expect(Object.keys(v.files)).toEqual(['benchmark-ledger-data.zip']);
  }
}

describe('versions of the real site', () => {
  const t = useBuiltSite();
  it('lists at least the current version, and every listed file downloads and parses', async () => {
    const page = await t.browser.newPage();
    const m = (await (await page.request.get(t.url('/data/versions.json'))).json()) as Manifest;
    expect(m.versions.length).toBeGreaterThanOrEqual(1);
    expect(m.versions[0]!.id).toBe(m.current);
    await checkFiles(page.request, m, new URL(t.url('/')).origin);
    checkFolders(DIST, m);
    await page.goto(t.url('/data/'));
    // The version read back from git equals the one the build computed from its collections.
    await expect(page.locator('[data-testid="dataset-version"]').textContent()).resolves.toBe(m.current);
    await page.goto(t.url('/changes/'));
    expect(await page.locator(`#v-${m.current}`).count()).toBe(1);
    await page.close();
  });
});

describe('versions from a fixture git history (built under a sub-path)', () => {
  const h = fixtureHistory();
  const out = mkdtempSync(join(tmpdir(), 'ledger-versions-dist-'));
  let site: StaticSite;
  let browser: Browser;
  let m: Manifest;
  beforeAll(async () => {
    const { status, output } = astroBuild(out, { BASE_PATH: '/sub/', DATA_DIR: h.data });
    expect(status, output).toBe(0);
    site = await serveStatic(out, '/sub/');
    browser = await launchBrowser();
    const page = await browser.newPage();
    m = (await (await page.request.get(`${site.url}data/versions.json`)).json()) as Manifest;
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    h.remove();
    rmSync(out, { recursive: true, force: true });
  });
  const note = async (path: string) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}`);
    const text = await page.locator('[data-version-note]:not([hidden])').textContent({ timeout: 10_000 });
    const links = await page.locator('[data-version-note] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.close();
    return { text, links };
  };

  it('lists both versions, newest first, and their files download and parse', async () => {
    expect(m.complete).toBe(true);
    expect(m.versions).toHaveLength(2);
    const page = await browser.newPage();
    await checkFiles(page.request, m, new URL(site.url).origin);
    checkFolders(out, m);
    await page.goto(`${site.url}changes/`);
    expect(await page.locator('section.version').evaluateAll((s) => s.map((e) => e.getAttribute('data-version')))).toEqual(m.versions.map((v) => v.id));
    await expect(page.locator(`#v-${m.current}`).textContent()).resolves.toContain('3 verdicts changed');
    await page.close();
  });

  it('says on a chart opened with the older ?v= that its figures changed, and links that version\'s data', async () => {
    const old = m.versions[1]!.id;
    const changed = await note(`charts/arena-elo--style-control/?v=${old}`);
    expect(changed.text).toContain(`This chart’s figures have changed since version ${old} (2026-11-02).`);
    expect(changed.links[0]).toBe(new URL(`/sub/data/versions/${old}/benchmark-ledger-data.zip`, site.url).href);
    expect((await note(`charts/bench-pct/?v=${old}`)).text).toContain('have not changed since version');
    expect((await note(`claims/model-x-rivals/?v=${old}`)).text).toContain(`This claim’s verdict has changed since version ${old}`);
    expect((await note(`claims/model-x-rivals/?v=${m.current}`)).text).toContain('the current data');
  });
});
