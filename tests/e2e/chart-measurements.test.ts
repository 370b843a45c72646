/**
 * Charts standing on measurements, in Chromium on the built site: a folded bar's table row
 * lists every document that prints it; the build-time image shows before the chart script
 * runs and the canvas replaces it without moving the page; origin marks show on every row and
 * the order control groups by origin; highlight is set and cleared by keyboard (buttons the
 * script adds); the definition is fetched from the chart's JSON download, not copied into the
 * page; the embed page shows the chart and a compact source line, has a skip link and fits the
 * height its iframe snippet states at every width.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
    const row = page.locator(`tr[id="f-${folded.key}"]`);
    expect(await row.count()).toBe(1);
    const items = row.locator('ol.citations > li');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(folded.citations.map((c) => `f-${c.row}`));
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

describe('the chart definition', () => {
  it('is not copied into the page: the chart page and its embed draw from the one JSON download', async () => {
    const chart = readFileSync(join(DIST, 'charts', 'swe-bench-pro', 'index.html'), 'utf8');
    const embed = readFileSync(join(DIST, 'embed', 'swe-bench-pro', 'index.html'), 'utf8');
    for (const html of [chart, embed]) {
      expect(html).not.toContain('data-def');
      expect(/<ledger-chart data-src="([^"]+)"/.exec(html)?.[1]).toBe('/charts/swe-bench-pro.json');
    }
  });
  it('leaves the build-time image standing, with no highlight buttons, when it cannot be fetched', async () => {
    const page = await t.browser.newPage();
    let asked = false;
    await page.route(/\/charts\/swe-bench-pro\.json$/, (route) => { asked = true; return route.abort(); });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(t.url('/charts/swe-bench-pro/'), { waitUntil: 'networkidle' });
    await page.waitForTimeout(200);
    expect(asked).toBe(true);
    expect(await page.locator('ledger-chart canvas').count()).toBe(0);
    expect(await page.locator('img.chart-image').isVisible()).toBe(true);
    expect(await page.locator('button[data-highlight]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the highlight buttons', () => {
  it('are added by the chart script once it has drawn, one per row, each naming its model; the HTML has none', async () => {
    const html = readFileSync(join(DIST, 'charts', 'swe-bench-pro', 'index.html'), 'utf8');
    expect(html).not.toContain('data-highlight=');
    const { page } = await openPage(t, '/charts/swe-bench-pro/');
    await page.waitForSelector('ledger-chart canvas');
    const rows = page.locator('[data-testid=chart-table] tbody tr');
    const names = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th a')?.textContent, tr.querySelector('button[data-highlight]')?.getAttribute('aria-label')]));
    expect(names.length).toBe(swe.figures!.length);
    for (const [model, label] of names) expect(label).toBe(`highlight ${model} on the chart`);
    await page.close();
  });
});

/** The iframe height the chart page's embed snippet states. */
const snippetHeight = (id: string) => {
  const html = readFileSync(join(DIST, 'charts', id, 'index.html'), 'utf8');
  return Number(/height=&quot;(\d+)&quot;|height="(\d+)"/.exec(html.slice(html.indexOf('data-testid="embed-snippet"')))!.slice(1).find(Boolean));
};
/** The embed pages whose heading and whose source line are longest (the most text to wrap). */
const longest = (() => {
  const pages = readdirSync(join(DIST, 'embed')).flatMap((id) => {
    const html = readFileSync(join(DIST, 'embed', id, 'index.html'), 'utf8');
    const text = (re: RegExp) => re.exec(html)?.[1]?.replace(/<[^>]*>/g, '');
    const [title, source] = [text(/<h1>([\s\S]*?)<\/h1>/), text(/data-testid="compact-source"[^>]*>([\s\S]*?)<\/p>/)];
    // Retired ids' embeds are redirect pages, without a heading.
    return title && source ? [{ id, title: title.length, source: source.length }] : [];
  });
  return [...new Set([pages.sort((a, b) => b.title - a.title)[0]!.id, pages.sort((a, b) => b.source - a.source)[0]!.id])];
})();

describe('the embed page', () => {
  it('shows the chart and a compact source line only: no summary, legend, order control or tables', async () => {
    const { page, errors } = await openPage(t, '/embed/swe-bench-pro/', { viewport: { width: 960, height: 800 } });
    await page.waitForSelector('ledger-chart canvas');
    expect(await page.locator('[data-testid=chart-table]').count()).toBe(0);
    for (const hidden of ['figcaption', '.prov-legend', '.chart-controls', '.chart-notes']) expect(await page.locator(hidden).count(), hidden).toBe(0);
    expect(await page.getByTestId('compact-source').textContent()).toMatch(/printed in \d+ documents?; measured by .*dataset .* the chart page\.$/);
    expect(await page.locator('canvas').getAttribute('aria-label')).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });
  it('has a skip link that moves focus to the chart', async () => {
    const page = await t.browser.newPage();
    await page.goto(t.url('/embed/swe-bench-pro/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.locator('main ledger-chart').count()).toBe(1);
    await page.close();
  });
  for (const id of ['swe-bench-pro', 'hle--no-tools', 'active-params-vs-hle--no-tools', 'china-vs-west-aa-coding-index', ...longest]) {
    it(`fits the height its snippet states at every width, from a 320-px phone to a desktop: ${id}`, async () => {
      const height = snippetHeight(id);
      for (const width of [320, 375, 768, 1280]) {
        const { page, errors } = await openPage(t, `/embed/${id}/`, { viewport: { width, height } });
        await page.waitForSelector('ledger-chart canvas');
        await page.waitForTimeout(100);
        const m = await page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('.chart-box')!.getBoundingClientRect();
          const canvas = document.querySelector('ledger-chart canvas')!.getBoundingClientRect();
          return {
            scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth,
            sourceBottom: document.querySelector('[data-testid=compact-source]')!.getBoundingClientRect().bottom,
            box: box.height, canvas: canvas.height, min: parseFloat(getComputedStyle(document.querySelector('.chart-box')!).minHeight),
          };
        });
        expect(m.scrollHeight, `${width} px: page height within the frame`).toBeLessThanOrEqual(height);
        expect(m.scrollWidth, `${width} px: no sideways scroll`).toBeLessThanOrEqual(width);
        expect(m.sourceBottom, `${width} px: source line inside the frame`).toBeLessThanOrEqual(height);
        expect(m.box, `${width} px: the chart keeps the height it needs`).toBeGreaterThanOrEqual(m.min);
        expect(Math.abs(m.canvas - m.box), `${width} px: the canvas fills its box`).toBeLessThan(2);
        // The estimate of the text's lines at 320 px errs long, but not by much: the chart box gets the rest.
        if (width === 320) expect(m.box - m.min, 'room left over at 320 px').toBeLessThan(90);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }
});
