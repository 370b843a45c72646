/**
 * Pictures that fit the reader: a chart's build-time image is light enough on a phone not to be
 * the page's slowest paint (the compressed SVG, not the 1200-px PNG); the summary image heading a model page follows the theme (no
 * white box in dark mode) and the browser fetches only the rendition it shows; /sitemap.xml
 * answers beside /sitemap-index.xml.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/build';
import { serveStatic } from './support/server';
import { useBuiltSite } from './support/site';
import { TEMPLATES } from './support/templates';
import { THEMES, themedPage } from './support/theme';

const site = useBuiltSite();

/** Relative luminance (0 black … 1 white) of the top-left pixel of the summary image the page shows, and how many images it shows and fetched. */
async function summaryPixel(page: Page) {
  const fetched: string[] = [];
  page.on('response', (r) => { if (r.request().resourceType() === 'image' && /\/(og\/charts|images\/summary-dark)\//.test(r.url())) fetched.push(r.url()); });
  await page.goto(site.url(TEMPLATES.model!));
  const visible = page.locator('[data-testid="summary-chart"] img >> visible=true');
  expect(await visible.count()).toBe(1);
  await visible.scrollIntoViewIfNeeded();
  const luminance = await visible.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 4; c.height = 4;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0, 4, 4, 0, 0, 4, 4);
    const [r, g, b] = ctx.getImageData(1, 1, 1, 1).data;
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });
  await page.waitForLoadState('networkidle');
  return { luminance, fetched };
}

describe('the summary image of a model page', () => {
  it.each(THEMES)('follows the theme (%s) and only the shown rendition is fetched', async (theme) => {
    const page = await themedPage(site.browser, theme, 1280);
    const { luminance, fetched } = await summaryPixel(page);
    const dark = theme === 'dark' || theme === 'dark by toggle';
    if (dark) expect(luminance).toBeLessThan(0.2);
    else expect(luminance).toBeGreaterThan(0.9);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(dark ? /\/images\/summary-dark\// : /\/og\/charts\//);
    await page.close();
  });
});

/** The longest bar chart (the largest image) and the scatter template. */
const CHART_PAGES = ['/charts/hle--no-tools/', TEMPLATES.scatter!];
/** Most compressed bytes a chart's build-time image may take (the PNG of the longest chart takes about 165 KB). */
const IMAGE_BUDGET = 60_000;

describe('the build-time chart image on a phone', () => {
  it.each(CHART_PAGES)('%s shows its image at once, within the byte budget over a compressing host', async (path) => {
    const host = await serveStatic(DIST, '/', { compress: true });
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const sizes = new Map<string, number>();
      page.on('requestfinished', async (r) => { if (r.resourceType() === 'image') sizes.set(r.url(), (await r.sizes()).responseBodySize); });
      await page.goto(new URL(path.replace(/^\//, ''), host.url).href, { waitUntil: 'load' });
      const img = page.locator('img.chart-image');
      const src = await img.evaluate((i: HTMLImageElement) => (i.complete && i.naturalWidth > 0 ? i.currentSrc : ''));
      expect(src).not.toBe('');
      await expect.poll(() => sizes.get(src)).toBeGreaterThan(0);
      expect(sizes.get(src)).toBeLessThan(IMAGE_BUDGET);
      // Sharp on the phone: the image is drawn at its full box width.
      expect((await img.boundingBox())!.width).toBeGreaterThan(340);
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe('sitemap', () => {
  it('answers at /sitemap.xml (named by robots.txt) and still at /sitemap-index.xml', async () => {
    const page = await site.browser.newPage();
    const robots = await (await page.request.get(site.url('/robots.txt'))).text();
    expect(/^Sitemap: (\S+)$/m.exec(robots)?.[1]).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
    const alias = await page.request.get(site.url('/sitemap.xml'));
    const index = await page.request.get(site.url('/sitemap-index.xml'));
    expect(alias.status()).toBe(200);
    expect(index.status()).toBe(200);
    expect(await alias.text()).toBe(await index.text());
    expect(await alias.text()).toMatch(/<sitemapindex[\s\S]*<loc>[^<]+\/sitemap-0\.xml<\/loc>/);
    await page.close();
  });
});
