/** /robots.txt: every page may be crawled; the sitemap (written by @astrojs/sitemap) is named in full. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/site-url';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
