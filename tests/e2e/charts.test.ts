/**
 * Chart pages on the built site in headless Chromium: the chart draws, the table stands
 * without JavaScript, every download answers and parses, the citation names the permalink,
 * the embed page renders, dark mode and a 375-px phone work, URL state survives a reload.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, astroBuild } from './support/build';
import { builtCharts, inkOf, openPage } from './support/charts';
import { serveStatic } from './support/server';
import { useBuiltSite } from './support/site';

const charts = builtCharts();
const bar = charts.filter((c) => c.kind === 'bar').sort((a, b) => b.figures!.length - a.figures!.length)[0]!;
const others = ['scatter', 'over-time'].map((k) => charts.find((c) => c.kind === k)).filter((c) => c !== undefined);

const t = useBuiltSite();
const open = (path: string, options: Parameters<Browser['newPage']>[0] = {}) => openPage(t, path, options);

describe('a chart page', () => {
  it('draws the chart on a canvas', async () => {
    for (const c of [bar, ...others]) {
      const { page, errors } = await open(`/charts/${c.id}/`);
      await page.waitForSelector('ledger-chart canvas');
      expect(await inkOf(page), c.id).toBeGreaterThan(0.01);
      expect(await page.getByTestId('chart-summary').textContent()).toMatch(/\w+/);
      // Scatter plots list the models they cannot place ("undisclosed"), never drop them.
      if (c.kind === 'scatter') expect(await page.getByTestId('beside-table').count()).toBe(1);
      expect(errors, c.id).toEqual([]);
      await page.close();
    }
  });

  it('shows the table, notes and the picture with JavaScript off', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`charts/${bar.id}/`, t.site.url).href);
    const rows = page.locator('[data-testid=chart-table] tbody tr');
    expect(await rows.count()).toBe(bar.figures!.length);
    expect(await rows.first().locator('a[href^="https://"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=chart-table] caption').textContent()).toBeTruthy();
    expect(await page.locator('.chart-notes li').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-box img').count()).toBe(1);
    await context.close();
  });

  it('offers downloads that answer and parse', async () => {
    const { page } = await open(`/charts/${bar.id}/`);
    const links = await page.locator('[data-testid=downloads] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((l) => l.split('.').pop())).toEqual(['csv', 'json', 'png', 'svg']);
    const [csv, json, png, svg] = await Promise.all(links.map((l) => page.request.get(l)));
    for (const r of [csv, json, png, svg]) expect(r!.status()).toBe(200);
    const lines = (await csv!.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^chart,model_id,model,score,/);
    expect(lines).toHaveLength(bar.figures!.length + 1);
    const jsonText = await json!.text();
    expect(JSON.parse(jsonText).chart.id).toBe(bar.id);
    expect(jsonText, 'a machine file: no indentation (a fifth of the bytes)').not.toMatch(/\n /);
    const bytes = await png!.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(500);
    const svgText = await svg!.text();
    expect(await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null, svgText)).toBe(true);
    expect(svgText).toContain('<path');
    await page.close();
  });

  it('has a social image and a citation naming the permalink and dataset version', async () => {
    const { page } = await open(`/charts/${bar.id}/`);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    const version = await page.locator('[data-testid=data-version] code').textContent();
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    for (const pre of await page.locator('pre[data-citation]').allTextContents()) {
      expect(pre).toContain(canonical!);
      expect(pre).toContain(version!);
    }
    expect(await page.locator('button[data-copy]:visible').count()).toBe(4);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const image = await page.request.get(new URL(new URL(og!).pathname, t.site.url).href);
    expect(image.status()).toBe(200);
    expect((await image.body()).readUInt32BE(16)).toBe(1200);
    await page.close();
  });

  it('keeps highlighted models in the URL across a reload', async () => {
    const model = bar.figures![0]!.model;
    const { page } = await open(`/charts/${bar.id}/?highlight=${model}`);
    await page.waitForSelector('tr[data-highlighted]');
    await page.reload();
    await page.waitForSelector('ledger-chart canvas');
    expect(await page.locator('tr[data-highlighted]').first().getAttribute('data-model')).toBe(model);
    await page.close();
  });

  it('works in dark mode and on a 375-px phone', async () => {
    const { page, errors } = await open(`/charts/${bar.id}/`, { viewport: { width: 375, height: 800 } });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForSelector('ledger-chart canvas');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await inkOf(page)).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the embed page', () => {
  it('renders the chart without site chrome and links to the permalink', async () => {
    const { page, errors } = await open(`/embed/${bar.id}/`);
    await page.waitForSelector('ledger-chart canvas');
    expect(await page.locator('header.site').count()).toBe(0);
    expect(await inkOf(page)).toBeGreaterThan(0.01);
    expect(await page.locator(`a[href$="/charts/${bar.id}/"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('is offered as an iframe snippet on the chart page', () => {
    const html = readFileSync(join(DIST, 'charts', bar.id, 'index.html'), 'utf8');
    expect(html).toContain(`/embed/${bar.id}/`);
    expect(existsSync(join(DIST, 'embed', bar.id, 'index.html'))).toBe(true);
  });
});

describe('under a sub-path (a GitHub project page)', () => {
  it('links pages, downloads, images and citations under the base', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ledger-charts-base-'));
    try {
      const fixtures = join(import.meta.dirname, '..', 'fixtures', 'valid');
      const { status, output } = astroBuild(out, { DATA_DIR: fixtures, BASE_PATH: '/benchmark-ledger/' });
      expect(status, output).toBe(0);
      const html = readFileSync(join(out, 'charts', 'bench-pct', 'index.html'), 'utf8');
      const links = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(links.filter((l) => !l.startsWith('/benchmark-ledger/'))).toEqual([]);
      expect(html).toContain('https://benchmark-ledger.github.io/benchmark-ledger/charts/bench-pct/');
      // data/redirects lead to the new page under the base too (fixture: model-z → model-x).
      expect(readFileSync(join(out, 'models', 'model-z', 'index.html'), 'utf8')).toContain('url=/benchmark-ledger/models/model-x/');
      const sub = await serveStatic(out, '/benchmark-ledger/');
      const page = await t.browser.newPage();
      const broken: string[] = [];
      page.on('response', (r) => r.status() >= 400 && broken.push(r.url()));
      await page.goto(`${sub.url}charts/bench-pct/`);
      await page.waitForSelector('ledger-chart canvas');
      for (const href of await page.locator('[data-testid=downloads] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        expect((await page.request.get(href)).status(), href).toBe(200);
      expect(broken).toEqual([]);
      await page.close();
      await sub.close();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
