/**
 * The browse pages on the built site (build first: `DATA_DIR=... npx astro build`): every
 * model, benchmark and source page answers with its heading and table; index filters work
 * with JavaScript and the full list reads without it; a model page fits a phone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/build';
import { isRedirectPage } from './support/html-files';
import { useBuiltSite } from './support/site';

/** The page ids of one kind, as the build wrote them (dist/<kind>/<id>/index.html), redirects of retired ids left out. */
const idsOf = (kind: string) =>
  readdirSync(join(DIST, kind))
    .filter((d) => statSync(join(DIST, kind, d)).isDirectory())
    .filter((d) => !isRedirectPage(join(DIST, kind, d, 'index.html')))
    .sort();

const t = useBuiltSite();

describe.each(['models', 'benchmarks', 'sources'])('every page under /%s/', (kind) => {
  it('answers 200 with an h1 and a table', async () => {
    const ids = idsOf(kind);
    expect(ids.length).toBeGreaterThan(0);
    const page = await t.browser.newPage();
    const bad: string[] = [];
    for (const id of ids) {
      const res = await page.request.get(`${t.site.url}${kind}/${id}/`);
      const html = await res.text();
      if (res.status() !== 200 || !/<h1[\s>]/.test(html) || !/<table[\s>]/.test(html) || !/<caption>/.test(html)) bad.push(id);
    }
    expect(bad).toEqual([]);
    // One page of the kind fully rendered: the heading and a table are visible.
    await page.goto(`${t.site.url}${kind}/${ids[0]}/`);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('table').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('index filters', () => {
  it('narrow the model list with JavaScript, and keep the choice in the URL', async () => {
    const page = await t.browser.newPage();
    await page.goto(`${t.site.url}models/`);
    const rows = page.locator('#model-index tbody tr');
    const total = await rows.count();
    expect(total).toBe(idsOf('models').length);
    await page.selectOption('select[name="origin"]', 'china');
    const visible = page.locator('#model-index tbody tr:not([hidden])');
    const origins = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.origin));
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['china']));
    await expect(page.locator('form[data-filters] output').textContent()).resolves.toBe(`${origins.length} of ${total} shown`);
    expect(new URL(page.url()).searchParams.get('origin')).toBe('china');
    await page.fill('input[name="q"]', 'zzzz-no-such-model');
    expect(await visible.count()).toBe(0);
    await page.goto(`${t.site.url}models/?origin=china`);
    expect(await visible.count()).toBe(origins.length);
    await page.close();
  });

  it('show the full list, and no dead controls, with JavaScript off', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const kind of ['models', 'benchmarks', 'sources']) {
      await page.goto(`${t.site.url}${kind}/`);
      const rows = page.locator('table tbody tr');
      expect(await rows.count()).toBe(idsOf(kind).length);
      expect(await page.locator('table tbody tr:visible').count()).toBe(idsOf(kind).length);
      await expect(page.locator('form[data-filters]').isVisible()).resolves.toBe(false);
    }
    await context.close();
  });
});

describe('phone width', () => {
  it('a model page and the index pages do not overflow 375 px', async () => {
    const page = await t.browser.newPage({ viewport: { width: 375, height: 800 } });
    const ids = idsOf('models');
    const id = ids.includes('glm-5-2') ? 'glm-5-2' : ids[0];
    for (const path of [`models/${id}/`, 'models/', 'benchmarks/', 'sources/', 'coverage/', 'data/']) {
      await page.goto(`${t.site.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
    await page.close();
  });
});

describe('the filter script', () => {
  it('stays under 2 KB gzipped', () => {
    const html = readFileSync(join(DIST, 'models', 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    const external = [...html.matchAll(/<script[^>]*src="[^"]*\/(_astro\/[^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8')).join('');
    const bytes = gzipSync(inline + external).length;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(2048);
  });
});

describe('/data/', () => {
  it('links a downloadable archive holding the records, the CSV and a README', async () => {
    const page = await t.browser.newPage();
    await page.goto(`${t.site.url}data/`);
    const link = await page.locator('[data-testid="archive"]').getAttribute('href');
    const res = await page.request.get(new URL(link!, page.url()).href);
    expect(res.status()).toBe(200);
    const files = unzipSync(new Uint8Array(await res.body()));
    const readme = strFromU8(files['benchmark-ledger-data/README.md']!);
    const version = await page.locator('[data-testid="dataset-version"]').textContent();
    expect(readme).toContain(`version ${version}`);
    const csv = strFromU8(files['benchmark-ledger-data/results.csv']!).trimEnd().split('\r\n');
    const records = JSON.parse(strFromU8(files['benchmark-ledger-data/records.json']!));
    expect(Object.keys(records.models).sort()).toEqual(idsOf('models'));
    expect(csv.length - 1).toBe(Object.values(records.results as Record<string, { results: unknown[] }>).reduce((n, f) => n + f.results.length, 0));
    // The schemas and the single-file exports it links all answer.
    for (const a of await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href)))
      expect((await page.request.get(a)).status(), a).toBe(200);
    await page.close();
  });
});
