/**
 * Head-to-head pages in the browser: a pair page lists every benchmark both models share
 * like for like; the reversed address redirects; the picker works with and without
 * JavaScript; model pages link their pairs; the downloads parse.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headToHead } from '../../src/lib/compare/head-to-head';
import { validateDir } from '../../src/lib/load';
import { astroBuild, DIST, ROOT } from './support/build';
import { useBuiltSite } from './support/site';

const t = useBuiltSite();
const data = validateDir(join(ROOT, 'data')).dataset;

describe('compare pages', () => {
  it('a pair page lists both models\' shared like-for-like benchmarks, independent first', async () => {
    const h = headToHead(data, 'glm-5-2', 'gpt-5-5');
    const page = await t.browser.newPage();
    await page.goto(t.url('/compare/glm-5-2-vs-gpt-5-5/'));
    const rows = await page.locator('[data-testid="compare-rows"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-benchmark'), tr.getAttribute('data-independent')]));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.map((r) => r[0])).toEqual(h.rows.map((r) => r.benchmark));
    const independent = rows.map((r) => r[1]);
    expect(independent.indexOf('no') === -1 || independent.lastIndexOf('yes') < independent.indexOf('no')).toBe(true);
    await expect(page.locator('[data-testid="compare-summary"]').textContent()).resolves.toMatch(/^GLM-5\.2 is ahead on \d+ of \d+ like-for-like benchmarks/);
    await expect(page.locator('[data-testid="diff-figure"] li').count()).resolves.toBe(h.rows.length);
    await page.close();
  });

  it('the reversed address redirects to the page', async () => {
    const page = await t.browser.newPage();
    await page.goto(t.url('/compare/gpt-5-5-vs-glm-5-2/'));
    await page.waitForURL((u) => u.pathname.endsWith('/compare/glm-5-2-vs-gpt-5-5/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('GLM-5.2 vs GPT-5.5');
    await page.close();
  });

  it('the picker lists every built pair without JavaScript, and opens a pair with it', async () => {
    const built = readdirSync(join(DIST, 'compare'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const noJs = await t.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(t.url('/compare/'));
    const links = await plain.locator('[data-testid="pair-list"] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]));
    expect(new Set(links)).toEqual(new Set(built.filter((id) => id.split('-vs-')[0]! < id.split('-vs-')[1]!)));
    await expect(plain.locator('[data-picker]').isHidden()).resolves.toBe(true);
    await noJs.close();
    const page = await t.browser.newPage();
    await page.goto(t.url('/compare/'));
    await page.selectOption('select[name=a]', 'gpt-5-5');
    await page.selectOption('select[name=b]', 'glm-5-2');
    await page.click('[data-picker] button');
    await page.waitForURL((u) => u.pathname.endsWith('/compare/glm-5-2-vs-gpt-5-5/'));
    await page.close();
  });

  it('every model page links to its pairs, and a pair\'s CSV and JSON parse', async () => {
    const page = await t.browser.newPage();
    await page.goto(t.url('/models/glm-5-2/'));
    const hrefs = await page.locator('[data-testid="compare-links"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/compare/claude-opus-4-8-vs-glm-5-2/');
    const json = await (await page.request.get(t.url('/compare/glm-5-2-vs-gpt-5-5.json'))).json();
    const csv = await (await page.request.get(t.url('/compare/glm-5-2-vs-gpt-5-5.csv'))).text();
    expect(json.items.length).toBe(csv.trimEnd().split('\r\n').length - 1);
    expect(csv.split('\r\n')[0]).toMatch(/^benchmark,benchmark_name,variant,unit,model_a,score_a/);
    await page.close();
  });
});

describe('a compare page published before', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ledger-compare-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('keeps its page when the rule would no longer choose the pair (rule 5)', () => {
    // The fixture's two models share two like-for-like benchmarks, fewer than rule 4 asks for.
    const manifest = join(tmp, 'manifest.txt');
    writeFileSync(manifest, '/compare/model-x-vs-model-y/\n/compare/model-y-vs-model-x/\n');
    const out = join(tmp, 'dist');
    const { status, output } = astroBuild(out, { DATA_DIR: join(ROOT, 'tests/fixtures/valid'), PERMALINKS_MANIFEST: manifest });
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'compare/model-x-vs-model-y/index.html'), 'utf8')).toContain('chosen because: published before');
    expect(readFileSync(join(out, 'compare/model-y-vs-model-x/index.html'), 'utf8')).toContain('url=/compare/model-x-vs-model-y/');
  });
});
