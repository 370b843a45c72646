/**
 * The claims in the real browser, on the built site: the home page answers the question in
 * one scroll, every claim page shows its verdict and working, and the exports parse.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/build';
import { useBuiltSite } from './support/site';

const VERDICTS = ['Supported', 'Partly supported', 'Not supported', 'Unverifiable', 'Opinion', 'Prediction'];
const t = useBuiltSite();
const url = t.url;

describe('the claims', () => {
  it('are exported with id, quote, paragraph, kind, verdict and rule', async () => {
    const res = await fetch(url('/data/claims.json'));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.license).toMatch(/CC BY 4.0/);
    expect(body.items.length).toBeGreaterThan(15);
    for (const c of body.items) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'quote', 'paragraph', 'kind', 'verdict', 'rule']));
      expect(VERDICTS).toContain(c.verdict);
      expect(c.kind === 'measurable' ? typeof c.rule : c.verdict).toBe(c.kind === 'measurable' ? 'string' : c.kind === 'prediction' ? 'Prediction' : 'Opinion');
      if (c.kind === 'measurable') for (const k of ['verdictIndependent', 'verdictToday']) expect(VERDICTS, `${c.id} ${k}`).toContain(c[k]);
    }
  });

  it('a measurable claim page leads with its verdict, names the decisive numbers, shows three verdicts and the sensitivity strip, and emits ClaimReview', async () => {
    const { items } = await (await fetch(url('/data/claims.json'))).json();
    const claim = items.find((c: { id: string }) => c.id === 'rivals-at-reasoning');
    const page = await t.browser.newPage();
    await page.goto(url('/claims/rivals-at-reasoning/'));
    await expect(page.getByTestId('verdict-line').textContent()).resolves.toMatch(new RegExp(`^${claim.verdict}\\.`));
    await expect(page.getByTestId('decisive').textContent()).resolves.toMatch(/GLM-5\.2 [\d.]+%? vs /);
    const triple = await page.getByTestId('verdicts').locator('.verdict').allTextContents();
    expect(triple).toEqual([claim.verdict, claim.verdictIndependent, claim.verdictToday]);
    await expect(page.getByTestId('sensitivity').first().locator('li').count()).resolves.toBe(5);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect([ld['@type'], ld.claimReviewed, ld.reviewRating.alternateName]).toEqual(['ClaimReview', claim.quote, claim.verdict]);
    expect(ld.itemReviewed['@type']).toBe('Claim');
    await page.close();
  });

  it('appear on the home page in the article\'s order, each with its verdict', async () => {
    const { items } = await (await fetch(url('/data/claims.json'))).json();
    const page = await t.browser.newPage();
    await page.goto(url('/'));
    const ids = await page.locator('ol.claims > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(ids).toEqual(items.map((c: { id: string }) => c.id));
    expect(await page.locator('ol.claims > li .verdict').count()).toBe(items.length);
    await expect(page.getByTestId('answer').textContent()).resolves.toMatch(/Short answer: the headline is/);
    await page.close();
  });

  it('every claim page shows the quote, the verdict, and for measurable claims the rule and linked figures', async () => {
    // One folder per claim; /claims/index.html is the index of them all.
    const ids = readdirSync(join(DIST, 'claims'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const page = await t.browser.newPage();
    for (const id of ids) {
      const res = await page.goto(url(`/claims/${id}/`));
      expect(res?.status(), id).toBe(200);
      await expect(page.locator('blockquote.quote').count()).resolves.toBe(1);
      await expect(page.locator('h1 .verdict').count(), id).resolves.toBe(1);
      const measurable = (await page.locator('.outcome').count()) > 0;
      if (measurable) {
        await expect(page.locator('.outcome').first().textContent()).resolves.toMatch(/Rule:/);
        await expect(page.locator('.outcome').first().textContent()).resolves.toMatch(/What would change it:/);
      }
      await expect(page.locator('.cite').textContent()).resolves.toMatch(new RegExp(`/claims/${id}/\\?v=[0-9a-f]{12}`));
    }
    await page.close();
  });

  it('have a social preview image of 1200×630 pixels', async () => {
    const page = await t.browser.newPage();
    await page.goto(url('/claims/fewer-parameters/'));
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/og\/claims\/fewer-parameters\.png$/);
    const png = Buffer.from(await (await fetch(url(new URL(og!).pathname))).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await page.close();
  });

  it('links each figure of a verdict to the source it was read in', async () => {
    const page = await t.browser.newPage();
    await page.goto(url('/claims/rivals-at-reasoning/'));
    const sources = await page.locator('.outcome table a[href*="/sources/"]').count();
    expect(sources).toBeGreaterThan(5);
    await expect(page.locator('.outcome .prov-self-reported').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.outcome .prov-independent').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('ship no JavaScript and read at 375 px wide, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await t.browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
      for (const path of ['/', '/claims/matches-or-exceeds-west/', '/methodology/']) {
        await page.goto(url(path));
        expect(await page.locator('script[src]').count(), path).toBe(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} ${colorScheme}`).toBeLessThanOrEqual(0);
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(colorScheme === 'dark' ? 'rgb(20, 22, 26)' : 'rgb(255, 255, 255)');
      }
      await page.close();
    }
  });
});

describe('the dataset exports', () => {
  it('results.json and results.csv hold every figure with its provenance and source', async () => {
    const json = await (await fetch(url('/data/results.json'))).json();
    const csv = await (await fetch(url('/data/results.csv'))).text();
    const header = csv.split('\r\n')[0]!.split(',');
    for (const col of ['model', 'model_name', 'benchmark', 'benchmark_name', 'variant', 'settings', 'score', 'source', 'source_url', 'reported_by', 'provenance', 'published'])
      expect(header).toContain(col);
    expect(json.items.length).toBeGreaterThan(300);
    expect(csv.trimEnd().split('\r\n').length - 1).toBeGreaterThanOrEqual(json.items.length);
    expect(new Set(json.items.map((r: { provenance: string }) => r.provenance))).toEqual(new Set(['self-reported', 'rival-reported', 'independent']));
    expect(json.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('models.json and sources.json carry the licence and how to cite', async () => {
    for (const f of ['models', 'sources']) {
      const body = await (await fetch(url(`/data/${f}.json`))).json();
      expect(body.license).toMatch(/CC BY/);
      expect(body.cite).toMatch(/dataset version [0-9a-f]{12}/);
      expect(body.items.length).toBeGreaterThan(20);
    }
  });
});
