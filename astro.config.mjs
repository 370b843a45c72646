// @ts-check
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { permalinks } from './src/integrations/permalinks.ts';
import { search } from './src/integrations/search.ts';
import { validateData } from './src/integrations/validate-data.ts';

/**
 * SITE and BASE_PATH let the same build serve at a domain root or under a sub-path (a GitHub
 * project page is served at /<repo>/). Every internal link goes through src/lib/paths.ts.
 */
const site = process.env.SITE ?? 'https://benchmark-ledger.github.io';
const base = process.env.BASE_PATH ?? '/';

/**
 * The Content-Security-Policy, written by Astro as a <meta http-equiv> in every page (GitHub
 * Pages cannot send headers). Scripts: the site's own files and the hashes of Astro's inline
 * scripts, nothing else; styles the same, plus inline style attributes (style-src-attr only).
 * No third-party origin anywhere: everything the site loads is its own.
 */
/**
 * Hashes of `<script is:inline>` bodies, which Astro does not hash itself (the theme script runs
 * before the policy's <meta> is read, but the policy still names it, wherever it ends up). Each
 * is static text (data comes from data-* attributes), so its hash is the same on every page.
 */
const inlineScriptHashes = ['src/components/ThemeScript.astro', 'src/components/VersionNote.astro', 'src/pages/search/index.astro', 'src/pages/compare/index.astro'].flatMap((file) =>
  [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}`),
  ),
);

/** @type {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>} */
const csp = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
  ],
  // style-src stays 'self' plus hashes (Astro's default); only style="" attributes are inline.
  styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
  // Pagefind's search compiles WebAssembly, which needs 'wasm-unsafe-eval' (no eval of scripts).
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
};

/**
 * `/sitemap.xml`, the name readers and crawlers try first: a copy of the sitemap index
 * @astrojs/sitemap writes (`sitemap-index.xml`, which keeps answering: permalinks only grow).
 * It runs after the sitemap integration, whose hook writes the index.
 */
const sitemapAlias = () => ({
  name: 'sitemap-alias',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => copyFileSync(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir)),
  },
});

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The sitemap lists the pages a reader lands on; embeds (for iframes, canonical elsewhere) are left out.
  integrations: [validateData(), permalinks(), mdx(), sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }), sitemapAlias(), search()],
  // Styles as files, never inlined: an inlined copy of the same component CSS in every page (and its
  // hash in every page's policy) was 6 MB of the HTML; the files are fetched once and cached.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: { csp },
  // Shiki colours code with inline styles the policy refuses; the prose has no code blocks.
  markdown: { syntaxHighlight: false },
});
