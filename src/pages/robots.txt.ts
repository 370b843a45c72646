/** /robots.txt: every page may be crawled; the sitemap is named in full: /sitemap.xml, the
 * copy of the index @astrojs/sitemap writes (astro.config.mjs; /sitemap-index.xml answers too). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/site-url';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
