/**
 * Site search (Pagefind) in the real browser: the three queries of issue 13 find pages and the
 * first result opens; the page works from the keyboard alone; and a sub-path build searches
 * and links under its base.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { astroBuild, ROOT } from './support/build';
import { serveStatic } from './support/server';
import { useBuiltSite } from './support/site';

const t = useBuiltSite();

/** Types a query with the keyboard, presses Enter and returns the results' links. */
async function searchFor(page: Page, query: string) {
  await page.focus('#q');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-search-results] li a', { timeout: 20_000 });
  return page.locator('[data-search-results] li').evaluateAll((lis) =>
    lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, title: li.querySelector('a')!.textContent, kind: li.querySelector('.badge')!.textContent })));
}

describe('search', () => {
  const sourceTitle = JSON.parse(readFileSync(join(ROOT, 'data/sources/alibaba-qwen3-max-thinking-blog.json'), 'utf8')).title as string;
  const cases: [string, RegExp][] = [
    ['GLM-5.2', /\/models\/glm-5-2\//],
    ['Terminal-Bench', /\/(benchmarks|charts)\/[^/]*terminal-bench/],
    [sourceTitle, /\/sources\/alibaba-qwen3-max-thinking-blog\//],
  ];
  for (const [query, expected] of cases) {
    it(`finds "${query}", says what kind each result is, and opens the first result`, async () => {
      const page = await t.browser.newPage();
      await page.goto(t.url('/search/'));
      const results = await searchFor(page, query);
      expect(results.slice(0, 5).some((r) => expected.test(r.href)), JSON.stringify(results.slice(0, 5))).toBe(true);
      expect(results.every((r) => r.kind && r.kind.length > 0)).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      const first = page.locator('[data-search-results] li a').first();
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => !u.pathname.endsWith('/search/'));
      expect(new URL(page.url()).pathname).toBe(results[0]!.href);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      await page.close();
    });
  }

  it('runs from a shared ?q= link and filters by kind, on a phone-wide screen', async () => {
    const page = await t.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(t.url('/search/?q=GLM-5.2&kind=Source'));
    await page.waitForSelector('[data-search-results] li a', { timeout: 20_000 });
    const kinds = await page.locator('[data-search-results] .badge').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Source']));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('loads no JavaScript file until the reader searches', async () => {
    const page = await t.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(t.url('/search/'));
    expect(scripts).toEqual([]);
    await searchFor(page, 'GLM-5.2');
    expect(scripts.some((s) => s.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});

describe('search under a sub-path', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ledger-search-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('finds a fixture model and links it under the base', async () => {
    const out = join(tmp, 'dist');
    const { status, output } = astroBuild(out, { BASE_PATH: '/benchmark-ledger/', DATA_DIR: join(ROOT, 'tests/fixtures/valid') });
    expect(status, output).toBe(0);
    const site = await serveStatic(out, '/benchmark-ledger/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}search/`);
      const results = await searchFor(page, 'Model X');
      expect(results[0]).toEqual({ href: '/benchmark-ledger/models/model-x/', title: 'Model X', kind: 'Model' });
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
