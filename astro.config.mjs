// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { permalinks } from './src/integrations/permalinks.ts';
import { validateData } from './src/integrations/validate-data.ts';

/**
 * SITE and BASE_PATH let the same build serve at a domain root or under a sub-path (a GitHub
 * project page is served at /<repo>/). Every internal link goes through src/lib/paths.ts.
 */
const site = process.env.SITE ?? 'https://benchmark-ledger.github.io';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The sitemap lists the pages a reader lands on; embeds (for iframes, canonical elsewhere) are left out.
  integrations: [validateData(), permalinks(), mdx(), sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') })],
  build: { format: 'directory' },
});
