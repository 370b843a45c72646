/**
 * Intervals as printed and relabelled scores, in Chromium on the built site: a chart table
 * prints a bounds interval in the form the source printed it; a figure printed under two
 * versions of a benchmark carries a mark that leads to the benchmark page's entry, which names
 * both versions and every document on each side.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/charts/types';
import { builtChart } from './support/charts';
import { useBuiltSite } from './support/site';

const t = useBuiltSite();
/** The built chart's figures with the fields this file reads (the support type names only the common ones). */
const figuresOf = (id: string) => builtChart(id).figures as unknown as Figure[];

describe('a printed interval', () => {
  it('is printed as its bounds in the chart table, as the README prints it', async () => {
    const top = figuresOf('lechmazur-writing').find((f) => f.model === 'gpt-5-5')!;
    expect(top.uncertainty).toMatchObject({ lower: 3.4, upper: 3.6, printed: 'bounds', kind: '95% CI' });
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(t.url('/charts/lechmazur-writing/'));
    expect((await page.locator(`tr[data-key="${top.key}"] [data-interval]`).textContent())?.trim()).toBe('3.4 to 3.6 (95% CI)');
    await context.close();
  });
});

describe('a relabelled score', () => {
  it('is marked in the chart table and listed on the benchmark page with both versions and their documents', async () => {
    const f = figuresOf('terminal-bench-2-1').find((x) => x.model === 'glm-5-1' && x.relabel)!;
    expect(f.relabel!.others).toEqual(['Terminal-Bench 2.0']);
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(t.url('/charts/terminal-bench-2-1/'));
    const mark = page.locator(`tr[data-key="${f.key}"] [data-relabel]`);
    expect(await mark.textContent()).toContain('same number printed under Terminal-Bench 2.0');
    const href = await mark.locator('a').getAttribute('href');
    expect(href).toMatch(new RegExp(`/benchmarks/terminal-bench-2-1/#relabel-${f.relabel!.id}$`));
    await page.goto(new URL(href!, page.url()).href);
    const entry = page.locator(`[id="relabel-${f.relabel!.id}"]`);
    expect(await entry.count()).toBe(1);
    const versions = await entry.locator('li[data-measurement]').evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.textContent));
    expect(versions).toEqual(['Terminal-Bench 2.0', 'Terminal-Bench 2.1']);
    expect(await entry.locator('li[data-measurement]').nth(1).locator('a').count()).toBeGreaterThan(2);
    await context.close();
  });
});
