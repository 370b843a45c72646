/**
 * Site search: after `astro build`, Pagefind indexes the built pages into dist/pagefind/. The
 * index is independent of the base path (the browser library finds its files from its own URL
 * and prefixes result URLs with the same base), so one build serves at a root or a sub-path.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { isRedirectPage, pageKind, withKind } from '../lib/search/kind';

/** Pagefind writes UI bundles we do not use (the search page has its own few lines). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Table bodies are left out: a model page lists hundreds of figures, and indexing them would
 * rank every long page below short pages that merely mention a name. Each figure is still found
 * through its model, benchmark and source pages, whose headings and text are indexed.
 */
const EXCLUDE = ['tbody'];

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).sort().flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? htmlFiles(f) : n.endsWith('.html') ? [f] : [];
  });

/**
 * Indexes every page of a finished build into `<out>/pagefind/`.
 * @returns how many pages were indexed
 * @throws when Pagefind fails (the build then fails with its message)
 */
export async function indexSite(out: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: EXCLUDE, forceLanguage: 'en' });
  if (!index) throw new Error(`search: Pagefind did not start: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of htmlFiles(out)) {
    const path = relative(out, file).split(sep).join('/');
    const kind = pageKind(path);
    const html = readFileSync(file, 'utf8');
    if (!kind || isRedirectPage(html) || !/index\.html$/.test(path)) continue;
    const url = `/${path.replace(/index\.html$/, '')}`;
    const added = await index.addHTMLFile({ url, content: withKind(html, kind) });
    if (added.errors.length) throw new Error(`search: could not index ${path}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length) throw new Error(`search: could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const n of readdirSync(join(out, 'pagefind'))) if (UNUSED.test(n)) rmSync(join(out, 'pagefind', n));
  return pages;
}

/** @returns the integration; it runs last, over the finished dist/. */
export function search(): AstroIntegration {
  return {
    name: 'benchmark-ledger:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`search: ${pages} pages indexed into pagefind/`);
      },
    },
  };
}
