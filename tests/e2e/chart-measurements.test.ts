/**
 * Charts standing on measurements, in Chromium on the built site: a folded bar's table row
 * lists every document that prints it; the build-time image shows before the chart script
 * runs and the canvas replaces it without moving the page; origin marks show on every row and
 * the order control groups by origin; highlight is set and cleared by keyboard; the embed
 * page shows the chart and a compact source line and fits its iframe snippet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/build';
import { builtChart, holdScripts, inkOf, openPage } from './support/charts';
import { useBuiltSite } from './support/site';

const t = useBuiltSite();
const swe = builtChart('swe-bench-pro');
const folded = swe.figures!.filter((f) => f.citations.length > 1).sort((a, b) => b.citations.length - a.citations.length)[0]!;

describe('a folded bar', () => {
  it('exists on SWE-bench Pro (copies of one launch table are one bar)', () => {
    expect(folded.citations.length).toBeGreaterThan(1);
    expect(new Set(swe.figures!.map((f) => f.key)).size).toBe(swe.figures!.length);
  });
  it('has one table row listing all its citations, first published first, with locators', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(t.url('/charts/swe-bench-pro/'));
    expect(await page.locator('[data-testid=chart-table] tbody tr').count()).toBe(swe.figures!.length);
    const row = page.locator(`tr[data-key="${folded.key}"]`);
    expect(await row.count()).toBe(1);
    const items = row.locator('li[data-citation]');
    expect(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.citation))).toEqual(folded.citations.map((c) => c.row));
    const texts = await items.allTextContents();
    folded.citations.forEach((c, i) => expect(texts[i]).toContain(c.locator));
    // The model name still leads to the model page.
    expect(await row.locator('th a').first().getAttribute('href')).toMatch(new RegExp(`/models/${folded.model}/$`));
    await context.close();
  });
});

describe('the picture before the script', () => {
  it('shows the build-time image at once, and the canvas replaces it without a layout shift', async () => {
    const page = await t.browser.newPage({ viewport: { width: 1000, height: 900 } });
    const scripts = await holdScripts(page);
    // Module scripts hold back DOMContentLoaded, so only the response is awaited.
    await page.goto(t.url('/charts/swe-bench-pro/'), { waitUntil: 'commit' });
    const img = page.locator('ledger-chart img.chart-image');
    await page.waitForFunction(() => { const i = document.querySelector<HTMLImageElement>('ledger-chart img.chart-image'); return !!i && i.complete && i.naturalWidth > 0; });
    expect(await img.isVisible()).toBe(true);
    expect(await img.getAttribute('width')).toMatch(/^\d+$/);
    expect(await img.getAttribute('height')).toMatch(/^\d+$/);
    expect(await page.locator('ledger-chart canvas').count()).toBe(0);
    const before = await page.locator('.chart-box').boundingBox();
    const tableBefore = await page.locator('[data-testid=chart-table]').boundingBox();
    scripts.release();
    await page.waitForSelector('ledger-chart canvas');
    await page.waitForFunction(() => !document.querySelector('ledger-chart img.chart-image'));
    expect(await inkOf(page)).toBeGreaterThan(0.01);
    expect(await page.locator('.chart-box').boundingBox()).toEqual(before);
    expect((await page.locator('[data-testid=chart-table]').boundingBox())!.y).toBe(tableBefore!.y);
    await page.close();
  });
  it('keeps the image and the table with JavaScript off', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(t.url('/charts/gpqa-diamond/'));
    await page.waitForFunction(() => { const i = document.querySelector<HTMLImageElement>('img.chart-image'); return !!i && i.complete && i.naturalWidth > 0; });
    expect(await page.locator('img.chart-image').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=chart-table]').isVisible()).toBe(true);
    expect(await page.locator('.chart-controls').isVisible()).toBe(false);
    await context.close();
  });
});

describe('origin', () => {
  it('is marked on every row and in the legend, and the reader can group bars by it', async () => {
    const { page, errors } = await openPage(t, '/charts/swe-bench-pro/');
    await page.waitForSelector('ledger-chart canvas');
    const rows = page.locator('[data-testid=chart-table] tbody tr');
    expect(await rows.locator('[data-origin-mark]').count()).toBe(await rows.count());
    expect(await page.getByTestId('origin-legend').textContent()).toContain('China');
    const order = page.locator('select[data-order]');
    expect(await order.isVisible()).toBe(true);
    await order.selectOption('origin');
    await page.waitForFunction(() => location.search.includes('order=origin'));
    const origins = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.origin));
    const rank = { china: 0, west: 1, elsewhere: 2 } as Record<string, number>;
    expect(origins.map((o) => rank[o!])).toEqual([...origins.map((o) => rank[o!])].sort((a, b) => a! - b!));
    expect(new Set(origins).size).toBeGreaterThan(1);
    await page.reload();
    await page.waitForSelector('ledger-chart canvas');
    expect(await order.inputValue()).toBe('origin');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('sets and clears the highlight from the table, which the chart links to', async () => {
    const { page } = await openPage(t, '/charts/swe-bench-pro/');
    await page.waitForSelector('ledger-chart canvas');
    const link = await page.getByTestId('table-link').getAttribute('href');
    expect(await page.locator(`${link}`).count()).toBe(1);
    const button = page.locator('[data-testid=chart-table] button[data-highlight]').first();
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('tr[data-highlighted]').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('highlight=');
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('tr[data-highlighted]').count()).toBe(0);
    await page.close();
  });
});

describe('the embed page', () => {
  it('shows the chart and a compact source line, not the tables, and fits its snippet', async () => {
    const { page, errors } = await openPage(t, '/embed/swe-bench-pro/', { viewport: { width: 960, height: 800 } });
    await page.waitForSelector('ledger-chart canvas');
    expect(await page.locator('[data-testid=chart-table]').count()).toBe(0);
    expect(await page.getByTestId('compact-source').textContent()).toMatch(/documents?/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const html = readFileSync(join(DIST, 'charts', 'swe-bench-pro', 'index.html'), 'utf8');
    const snippet = Number(/height=&quot;(\d+)&quot;|height="(\d+)"/.exec(html.slice(html.indexOf('data-testid="embed-snippet"')))!.slice(1).find(Boolean));
    expect(snippet).toBeGreaterThanOrEqual(height);
    expect(snippet - height).toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});
