/**
 * Reading on any screen: no page scrolls sideways on a 375-px phone; tables show model, score
 * and verdict without scrolling; long pages have a table of contents; the theme toggle persists
 * without a flash; the site has a 404 page, a sitemap, robots.txt, a claims index and sizes
 * beside its downloads.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/site';
import { TEMPLATES } from './support/templates';
import { themedPage } from './support/theme';

const site = useBuiltSite();
const phone = () => site.browser.newPage({ viewport: { width: 375, height: 800 } });
/** Whether an element lies wholly inside the viewport's width (the page not scrolled sideways). */
const inView = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return b.x >= 0 && b.x + b.width <= 375;
};

describe('phones (375 px)', () => {
  it('no page template scrolls sideways, in light or dark', async () => {
    const wide: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      for (const [name, path] of Object.entries(TEMPLATES)) {
        const page = await themedPage(site.browser, theme, 375);
        await page.goto(site.url(path));
        const [scroll, inner] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, innerWidth]);
        if (scroll > inner) wide.push(`${name} (${theme}): ${scroll} > ${inner}`);
        await page.close();
      }
    }
    expect(wide).toEqual([]);
  });

  it("a chart's table shows the model and its score without scrolling sideways", async () => {
    const page = await phone();
    for (const path of [TEMPLATES['bar chart']!, TEMPLATES.scatter!]) {
      await page.goto(site.url(path));
      const row = page.locator('[data-testid="chart-table"] tbody tr').first();
      expect(await inView(row.locator('th[scope="row"]')), path).toBe(true);
      expect(await inView(row.locator('td.num').last()), path).toBe(true);
    }
    await page.close();
  });

  it("a claim's working shows the comparison, both figures and the result on screen", async () => {
    const page = await phone();
    await page.goto(site.url(TEMPLATES.claim!));
    const row = page.locator('.outcome-table tbody tr').first();
    for (const cell of [row.locator('th'), row.locator('td').first(), row.locator('td[data-label="Result"]')]) expect(await inView(cell)).toBe(true);
    await page.close();
  });

  it('figure tables become labelled cards: model and score on screen, the source column unbroken', async () => {
    const page = await phone();
    await page.goto(site.url(TEMPLATES.benchmark!));
    const row = page.locator('table.figures tbody tr[id]').first();
    expect(await inView(row.locator('td[data-label="Model"]'))).toBe(true);
    const score = row.locator('td.num.key');
    expect(await inView(score)).toBe(true);
    // The labels of the fixed columns come from the stylesheet, not a data-label on every cell.
    expect(await score.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Score: "');
    expect(await row.locator('td').last().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Printed in: "');
    await page.goto(site.url(TEMPLATES.model!));
    // The facts' source cell is as wide as the card, not a column squeezed to a few letters.
    const source = page.locator('table.facts tbody tr td.source').first();
    expect((await source.boundingBox())!.width).toBeGreaterThan(250);
    await page.close();
  });
});

describe('long pages', () => {
  it('a model page opens with a summary chart and lists its figures by category, with counts', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(TEMPLATES.model!));
    const img = page.locator('[data-testid="summary-chart"] img >> visible=true');
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await tocAddsUp(page, /(\d+) figures? on/);
    await page.close();
  });

  it('a source with hundreds of figures lists them by benchmark; long groups start closed', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/sources/livebench-table-2026-06-25/'));
    await tocAddsUp(page, /(\d+) figures?/);
    expect(await page.locator('details.section:not([open])').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('long tables', () => {
  it('are laid out when scrolled near (content-visibility), short ones at once; a link to a row still lands on it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url('/charts/gpqa-diamond/'));
    const wrap = page.locator('.table-wrap:has(> [data-testid="chart-table"])');
    expect(await wrap.evaluate((w) => getComputedStyle(w).contentVisibility)).toBe('auto');
    const rows = await page.locator('[data-testid="chart-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(40);
    // A row's link (the chart notes and other pages use them) scrolls the row into view, laid out.
    const id = await page.locator('[data-testid="chart-table"] tbody tr').nth(rows - 5).getAttribute('id');
    await page.goto(site.url(`/charts/gpqa-diamond/#${id}`));
    await page.waitForTimeout(200);
    const box = (await page.locator(`[id="${id}"]`).boundingBox())!;
    // At the top of the viewport (to a sub-pixel: the row's top may fall a fraction above 0).
    expect(box.y).toBeGreaterThan(-1);
    expect(box.y).toBeLessThan(800);
    expect(box.height).toBeGreaterThan(10);
    await page.goto(site.url('/charts/swe-bench-pro/'));
    expect(await page.locator('.table-wrap:has(> [data-testid="chart-table"])').evaluate((w) => getComputedStyle(w).contentVisibility)).toBe('visible');
    await page.close();
  });
});

/** The table of contents' counts add up to the figures listed, and each entry links to its section. */
async function tocAddsUp(page: Page, count: RegExp) {
  const entries = page.locator('nav.toc li');
  expect(await entries.count()).toBeGreaterThan(1);
  const counts = (await entries.allTextContents()).map((t) => Number(count.exec(t)?.[1]));
  const rows = await page.locator('details.section table.figures tbody tr[id]').count();
  expect(counts.reduce((a, b) => a + b, 0)).toBe(rows);
  for (const href of await entries.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(await page.locator(`details.section${href}`).count(), href).toBe(1);
}

describe('theme toggle', () => {
  it('persists across a reload, is applied before the body is drawn, and "system" forgets it', async () => {
    const page = await themedPage(site.browser, 'light');
    // Records the theme at the moment <body> is created: set by then means no flash of the other theme.
    await page.context().addInitScript(() => {
      new MutationObserver((_, o) => { if (document.body) { (window as unknown as Record<string, unknown>).themeAtBody = document.documentElement.dataset.theme ?? 'none'; o.disconnect(); } })
        .observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url(TEMPLATES['bar chart']!));
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bg()).toBe('rgb(20, 22, 26)');
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).themeAtBody)).toBe('dark');
    expect(await bg()).toBe('rgb(20, 22, 26)');
    await page.goto(site.url('/models/'));
    expect(await bg()).toBe('rgb(20, 22, 26)');
    await page.getByRole('button', { name: 'System' }).click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'none')).toBe('none');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('is hidden without JavaScript (nothing dead to press)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});

describe('site basics', () => {
  it('an unknown address answers 404 with the site frame and a way on', async () => {
    const page = await site.browser.newPage();
    const res = await page.goto(site.url('/no-such-page/'));
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main a[href$="/claims/"]').count()).toBe(1);
    await page.close();
  });

  it('has a favicon, a sitemap of every page (not embeds) and robots.txt naming it', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await page.request.get(site.url(icon!))).status()).toBe(200);
    const robots = await (await page.request.get(site.url('/robots.txt'))).text();
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
    const index = await (await page.request.get(site.url('/sitemap.xml'))).text();
    const first = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
    const urls = await (await page.request.get(site.url(new URL(first).pathname))).text();
    expect(urls).toContain('/models/glm-5-2/</loc>');
    expect(urls).toContain('/claims/</loc>');
    expect(urls).not.toContain('/embed/');
    await page.close();
  });

  it('the navigation\'s "Claims" opens an index of every claim with its verdict', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    await page.locator('nav[aria-label="Site"]').getByRole('link', { name: 'Claims', exact: true }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/claims\/$/);
    const rows = page.locator('[data-testid="claims-index"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(20);
    expect(await rows.locator('.verdict').count()).toBe(await rows.count());
    await page.close();
  });

  it('every download on /data/ shows its size', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/data/'));
    const downloads = page.locator('main a[href*="/data/"], main a[href*="/schemas/"]');
    expect(await downloads.count()).toBeGreaterThan(8);
    const missing = await downloads.evaluateAll((as) => as.filter((a) => {
      const around = (a.closest('tr') ?? a.parentElement)!.textContent ?? '';
      return !/\d(\.\d)? (bytes|KB|MB)/.test(around);
    }).map((a) => a.getAttribute('href')));
    expect(missing).toEqual([]);
    await page.close();
  });
});
