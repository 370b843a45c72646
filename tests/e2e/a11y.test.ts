/**
 * Accessibility on every template, in light and dark (the system's and the toggle's): axe-core
 * finds no WCAG 2.0/2.1/2.2 A or AA violation, headings never skip a level, every page has a
 * skip link to its main content and marks its navigation section with aria-current.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBuiltSite } from './support/site';
import { TEMPLATES } from './support/templates';
import { themedPage, THEMES } from './support/theme';

const site = useBuiltSite();

describe('axe-core, WCAG 2.x A and AA', () => {
  for (const theme of THEMES.slice(0, 3)) {
    it(`reports no violation on any template, ${theme}`, async () => {
      const found: string[] = [];
      for (const [name, path] of Object.entries(TEMPLATES)) {
        const page = await themedPage(site.browser, theme);
        await page.goto(site.url(path));
        found.push(...(await axeViolations(page)).map((v) => `${name} (${path}): ${v}`));
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('structure', () => {
  it('headings start at one h1 and never skip a level', async () => {
    const bad: string[] = [];
    for (const [name, path] of Object.entries(TEMPLATES)) {
      const page = await site.browser.newPage();
      await page.goto(site.url(path));
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      if (levels.filter((l) => l === 1).length !== 1 || levels[0] !== 1) bad.push(`${name}: ${levels.join(',')}`);
      levels.forEach((l, i) => i > 0 && l > levels[i - 1]! + 1 && bad.push(`${name}: h${levels[i - 1]} then h${l}`));
      await page.close();
    }
    expect(bad).toEqual([]);
  });

  it('every page has a skip link that moves focus to the main content', async () => {
    for (const [name, path] of Object.entries(TEMPLATES)) {
      const page = await site.browser.newPage();
      await page.goto(site.url(path));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className), name).toBe('skip-link');
      expect(await page.locator('.skip-link').isVisible(), `${name}: visible when focused`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), name).toBe('main');
      await page.close();
    }
  });

  it('the navigation marks the current section', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/claims/'));
    expect(await page.locator('nav[aria-label="Site"] a[aria-current="page"]').allTextContents()).toEqual(['Claims']);
    await page.goto(site.url('/models/glm-5-2/'));
    expect(await page.locator('nav[aria-label="Site"] a[aria-current]').allTextContents()).toEqual(['Models']);
    await page.goto(site.url('/'));
    expect(await page.locator('header.site a[aria-current="page"]').allTextContents()).toEqual(['Benchmark Ledger']);
    await page.close();
  });

  it('quoted Chinese and Japanese carry their lang', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/models/qwen3-6-27b/'));
    expect((await page.locator('.facts [lang="zh"]').allTextContents()).join(' ')).toContain('参数量');
    await page.goto(site.url('/models/claude-opus-4-7/'));
    expect((await page.locator('.facts [lang="ja"]').allTextContents()).join(' ')).toContain('発表日');
    await page.close();
  });
});
