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

  it('works under a sub-path (a GitHub project page)', async () => {
    const out = join(tmp, 'sub-dist');
    const { status, output } = astroBuild(out, { BASE_PATH: '/benchmark-ledger/' });
    expect(status, output).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith('/benchmark-ledger/'))).toEqual([]);

    const site = await serveStatic(out, '/benchmark-ledger/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const broken: string[] = [];
      page.on('response', (r) => r.status() >= 400 && broken.push(r.url()));
      await page.goto(site.url);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/China/);
      for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      expect(broken).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
