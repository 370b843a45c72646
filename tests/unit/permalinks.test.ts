import { describe, expect, it } from 'vitest';
import { CHART_PAGE_BUDGET, overBudget, pageWeight } from '../../src/lib/budgets';
import { fileOfPath, formatManifest, isPublished, missingPermalinks, parseManifest, redirectRoutes, unlistedPermalinks } from '../../src/lib/permalinks';

describe('permalink manifest', () => {
  it('round-trips, sorted, without duplicates or comments', () => {
    const text = formatManifest(['/charts/b/', '/charts/a/', '/charts/a/']);
    expect(parseManifest(text)).toEqual(['/charts/a/', '/charts/b/']);
  });
  it('maps pages to the files a static host serves', () => {
    expect(fileOfPath('/charts/hle/')).toBe('charts/hle/index.html');
    expect(fileOfPath('/charts/hle.csv')).toBe('charts/hle.csv');
  });
  it('reports published paths the manifest does not list, and only those', () => {
    const built = ['/compare/a-vs-b/', '/charts/x.png', '/og/charts/x.png', '/_astro/app.js', '/404.html', '/data/eee/b/d/m/u.json', '/pagefind/x.pf_fragment', '/charts/x/'];
    expect(unlistedPermalinks(['/charts/x/'], built)).toEqual(['/charts/x.png', '/compare/a-vs-b/', '/og/charts/x.png']);
    expect(isPublished('/data/results.csv')).toBe(true);
    expect(isPublished('/data/eee/index.json')).toBe(false);
  });
  it('reports listed paths that are not built', () => {
    const built = new Set(['charts/a/index.html']);
    expect(missingPermalinks(['/charts/a/', '/charts/old/'], (f) => built.has(f))).toEqual(['/charts/old/']);
  });
  it('turns data/redirects into page redirects, chart embeds included', () => {
    expect(redirectRoutes([{ kind: 'chart', from: 'old', to: 'new' }, { kind: 'model', from: 'm-old', to: 'm' }])).toEqual({
      '/charts/old/': '/charts/new/', '/embed/old/': '/embed/new/', '/models/m-old/': '/models/m/',
    });
  });
});

describe('JavaScript budgets', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import{a}from"./chunk.js";a();',
    '/_astro/chunk.js': `export const a=()=>${JSON.stringify('x'.repeat(100))};`,
  };
  const read = (p: string) => files[p];
  it('count every script a page loads, imports included', () => {
    const w = pageWeight('<ledger-chart></ledger-chart><script type="module" src="/_astro/page.js"></script>', read);
    expect(w.scripts).toEqual(['/_astro/chunk.js', '/_astro/page.js']);
    expect(w.files).toBeGreaterThan(0);
    expect(w.files).toBeLessThan(CHART_PAGE_BUDGET);
  });
  it('allow no script file on a page without a chart', () => {
    const html = '<script type="module" src="/_astro/page.js"></script>';
    expect(overBudget(html, pageWeight(html, read))).toMatch(/has no chart but loads/);
    const plain = '<script>document.documentElement.dataset.theme="dark"</script><script type="application/ld+json">{}</script>';
    expect(overBudget(plain, pageWeight(plain, read))).toBeUndefined();
  });
  it('strip the deploy base from script URLs', () => {
    const w = pageWeight('<script type="module" src="/repo/_astro/page.js"></script>', read, '/repo/');
    expect(w.scripts).toContain('/_astro/page.js');
  });
});

describe('JavaScript budgets that can fail', () => {
  const read = (p: string) => (p === '/_astro/page.js' ? 'import"./gone.js";' : undefined);
  it('fail a page that loads a script missing from the build', () => {
    const html = '<ledger-chart></ledger-chart><script type="module" src="/_astro/page.js"></script>';
    const w = pageWeight(html, read);
    expect(w.missing).toEqual(['/_astro/gone.js']);
    expect(overBudget(html, w)).toBe('loads /_astro/gone.js, which the build does not contain (a broken build, or BASE_PATH differs from the build\'s)');
  });
  it('fail a sub-path build measured as if it were at the root', () => {
    const html = '<ledger-chart></ledger-chart><script type="module" src="/repo/_astro/page.js"></script>';
    expect(overBudget(html, pageWeight(html, (p) => (p === '/_astro/page.js' ? 'x' : undefined)))).toMatch(/^loads \/repo\/_astro\/page.js, which the build does not contain/);
  });
  it('fail a chart page with no chart script', () => {
    const html = '<ledger-chart></ledger-chart><script>document.documentElement.dataset.theme="dark"</script>';
    expect(overBudget(html, pageWeight(html, read))).toBe('draws a chart but loads no script to draw it (the chart would stay empty)');
  });
});
