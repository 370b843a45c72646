/**
 * The build itself: invalid data fails it with the validator's message, and the site works
 * under a sub-path as a GitHub project page is served.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/build';
import { launchBrowser } from './support/browser';
import { serveStatic } from './support/server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('astro build', () => {
  it('fails on a bad data file, naming the file, the field and the fix', () => {
    const data = join(tmp, 'bad-data');
    cpSync(join(FIXTURES, 'valid'), data, { recursive: true });
    cpSync(join(FIXTURES, 'invalid', 'result-score-with-percent'), data, { recursive: true });
    const { status, output } = astroBuild(join(tmp, 'bad-dist'), { DATA_DIR: data });
    expect(status).not.toBe(0);
    expect(output).toContain('results/anthropic-post.json: results[0].score: expected a number, got "81%" (write the number without %)');
  });

  it('works under a sub-path (a GitHub project page): every link and asset resolves under the base', async () => {
    // The fixture dataset keeps this second build quick; every kind of page is still built.
    const out = join(tmp, 'sub-dist');
    const { status, output } = astroBuild(out, { BASE_PATH: '/benchmark-ledger/', DATA_DIR: join(FIXTURES, 'valid') });
    expect(status, output).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith('/benchmark-ledger/'))).toEqual([]);
    // The sitemap and robots.txt name the pages under the base too.
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toMatch(/<loc>https?:\/\/[^<]+\/benchmark-ledger\/sitemap-0\.xml<\/loc>/);
    const pages = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !p.startsWith('/benchmark-ledger/'))).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/benchmark-ledger\/sitemap\.xml$/m);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toBe(readFileSync(join(out, 'sitemap-index.xml'), 'utf8'));

    const site = await serveStatic(out, '/benchmark-ledger/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const broken: string[] = [];
      page.on('response', (r) => r.status() >= 400 && broken.push(r.url()));
      // Crawl the whole fixture site from the home page, following every same-site link.
      const seen = new Set<string>();
      const queue = [site.url];
      while (queue.length && seen.size < 400) {
        const next = queue.shift()!;
        if (seen.has(next)) continue;
        seen.add(next);
        if (!new URL(next).pathname.endsWith('/')) {
          // A download or an image: fetched, not opened as a page.
          expect((await page.request.get(next)).status(), next).toBe(200);
          continue;
        }
        const res = await page.goto(next);
        expect(res?.status(), next).toBe(200);
        const found = await page.locator('a[href], img[src], link[href]').evaluateAll((els) =>
          els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src).filter(Boolean));
        for (const f of found) {
          const u = new URL(f);
          if (u.origin === new URL(site.url).origin) {
            expect(u.pathname.startsWith('/benchmark-ledger/'), `${f} on ${next}`).toBe(true);
            u.hash = '';
            queue.push(u.href);
          }
        }
      }
      expect(seen.size).toBeGreaterThan(20);
      expect(broken).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
