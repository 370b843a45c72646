/**
 * The Content-Security-Policy: every page carries it as a <meta http-equiv>; one page of every
 * template raises no violation in Chromium; and a site built from data with script in every
 * text field (served under a sub-path) runs none of it: no dialog, no violation, on any page.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { writeHostileData } from '../support/hostile';
import { launchBrowser } from './support/browser';
import { astroBuild, DIST } from './support/build';
import { htmlFiles, isRedirectPage } from './support/html-files';
import { serveStatic } from './support/server';
import { useBuiltSite } from './support/site';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-csp-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The policy of one HTML document, or undefined. */
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
/** The first page (a folder with index.html) under a section of dist/. */
const first = (section: string) =>
  readdirSync(join(DIST, section)).find((d) => statSync(join(DIST, section, d)).isDirectory() && !isRedirectPage(join(DIST, section, d, 'index.html')));


/** Opens `url`, waits for its scripts, and returns the CSP violations and dialogs it caused. */
async function visit(page: Page, url: string) {
  const violations: string[] = [];
  const dialogs: string[] = [];
  const onConsole = (m: { text: () => string }) => /Content Security Policy/i.test(m.text()) && violations.push(m.text());
  const onDialog = (d: { message: () => string; dismiss: () => Promise<void> }) => { dialogs.push(d.message()); void d.dismiss(); };
  page.on('console', onConsole);
  page.on('dialog', onDialog);
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(50);
  violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? [])));
  page.off('console', onConsole);
  page.off('dialog', onDialog);
  return { status: res?.status(), violations, dialogs };
}

/** A page that records every `securitypolicyviolation` event from the very first script on. */
async function watchedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return page;
}

describe('Content-Security-Policy', () => {
  const t = useBuiltSite();

  it('is on every page of the built site: own scripts and hashes only, no plugins, no <base> hijack, no other origin', () => {
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      // Astro's redirect pages (an old id) are a meta refresh and nothing else: no script to govern.
      if (/<meta http-equiv="refresh"/.test(html) && !/<script/.test(html)) continue;
      const policy = policyOf(html);
      // Every inline script, wherever it stands in the page, is named by its hash.
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="(?!module|text\/javascript)/.test(m[1]!)) continue;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!policy?.includes(hash)) wrong.push(`${file.slice(DIST.length)}: inline script ${m[2]!.slice(0, 40)}… not hashed`);
      }
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
      // 'wasm-unsafe-eval' lets Pagefind compile WebAssembly; it allows no script text to run.
      const ok = policy && scriptSrc.startsWith("'self'") && !/'unsafe-(inline|eval|hashes)'/.test(scriptSrc) && /object-src 'none'/.test(policy)
        && /base-uri 'self'/.test(policy) && !/https?:|\*/.test(policy);
      if (!ok) wrong.push(`${file.slice(DIST.length)}: ${policy ?? 'no policy'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('raises no violation on one page of every template', async () => {
    const paths = [
      '/', `/claims/${first('claims')}/`, '/charts/', `/charts/${first('charts')}/`, `/embed/${first('embed')}/`,
      '/models/', `/models/${first('models')}/`, '/benchmarks/', `/benchmarks/${first('benchmarks')}/`,
      '/sources/', `/sources/${first('sources')}/`, '/data/', '/methodology/', '/coverage/',
    ];
    const page = await watchedPage(t.browser);
    const found: string[] = [];
    for (const p of paths) {
      const r = await visit(page, t.url(p));
      expect(r.status, p).toBe(200);
      found.push(...r.violations.map((v) => `${p}: ${v}`), ...r.dialogs.map((d) => `${p}: dialog ${d}`));
    }
    // The chart page really ran its script under the policy (a blocked script would leave no canvas drawn).
    await page.goto(t.url(`/charts/${first('charts')}/`), { waitUntil: 'networkidle' });
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    // Control: the listener works and the policy bites; an injected inline script is refused, not run.
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'alert(1)' })));
    await page.waitForTimeout(100);
    const caught = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(caught.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(dialogs).toEqual([]);
    await page.close();
    expect(found).toEqual([]);
  });

  it('runs none of the script in hostile data, on any page of a sub-path build', async () => {
    const data = join(tmp, 'hostile-data');
    writeHostileData(join(FIXTURES, 'valid'), data);
    const out = join(tmp, 'hostile-dist');
    const { status, output } = astroBuild(out, { BASE_PATH: '/ledger/', DATA_DIR: data });
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'models', 'model-x', 'index.html'), 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const site = await serveStatic(out, '/ledger/');
    const browser = await launchBrowser();
    try {
      const page = await watchedPage(browser);
      const seen = new Set<string>();
      const queue = [site.url];
      const found: string[] = [];
      while (queue.length && seen.size < 200) {
        const next = queue.shift()!;
        if (seen.has(next) || !new URL(next).pathname.endsWith('/')) continue;
        seen.add(next);
        const r = await visit(page, next);
        found.push(...r.violations.map((v) => `${next}: ${v}`), ...r.dialogs.map((d) => `${next}: dialog ${d}`));
        const links = await page.locator('a[href]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
        for (const l of links) {
          const u = new URL(l);
          if (u.origin !== new URL(site.url).origin) continue;
          u.hash = '';
          u.search = '';
          queue.push(u.href);
        }
      }
      expect(seen.size).toBeGreaterThan(15);
      expect(found).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
