/**
 * Permalinks are a contract: every published URL is listed in permalinks.txt (root-relative,
 * without the deploy base), and each must keep resolving, as a page or as a redirect from
 * data/redirects/. Pure helpers shared by the build check, the script and the tests.
 */
import type { Redirect } from '../schemas';

type PageKind = Redirect['kind'];

/** The page of a record of each kind. */
export const PAGE_PATHS: Record<PageKind, (id: string) => string> = {
  chart: (id) => `/charts/${id}/`,
  claim: (id) => `/claims/${id}/`,
  model: (id) => `/models/${id}/`,
  benchmark: (id) => `/benchmarks/${id}/`,
  source: (id) => `/sources/${id}/`,
};

/** Astro `redirects` from data/redirects: old page path → new page path (and chart embeds). */
export function redirectRoutes(redirects: Iterable<Pick<Redirect, 'kind' | 'from' | 'to'>>): Record<string, string> {
  const routes: Record<string, string> = {};
  for (const r of redirects) {
    routes[PAGE_PATHS[r.kind](r.from)] = PAGE_PATHS[r.kind](r.to);
    // Other sites embed charts in iframes: the embed page of a renamed chart moves with it.
    if (r.kind === 'chart') routes[`/embed/${r.from}/`] = `/embed/${r.to}/`;
  }
  return routes;
}

/** The paths listed in a manifest: one per line; blank lines and `#` comments ignored. */
export function parseManifest(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** A manifest's text: a header, then the paths sorted, one per line. */
export function formatManifest(paths: Iterable<string>): string {
  const header = [
    '# Every published URL of the site (root-relative, without the deploy base). Never remove a line:',
    '# a listed URL must keep resolving, as a page or as a redirect from data/redirects/.',
    '# `npm run permalinks` adds new URLs after a build; the build fails when a listed URL is missing.',
  ];
  return `${[...header, ...[...new Set(paths)].sort()].join('\n')}\n`;
}

/** The file a path is served from in a static build (`/a/` → `a/index.html`). */
export const fileOfPath = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

/**
 * The listed paths the build does not serve.
 * @param exists whether a file (relative to the build folder) exists
 */
export function missingPermalinks(listed: string[], exists: (file: string) => boolean): string[] {
  return listed.filter((p) => !exists(fileOfPath(p)));
}

/**
 * The paths a pull request removes from the manifest that no redirect covers: each is a
 * published URL that would stop resolving. (A path both removed and re-added is not removed.)
 * @param before the manifest's text on the base branch
 * @param after the manifest's text in the pull request
 */
export function uncoveredRemovals(before: string, after: string, redirects: Iterable<Pick<Redirect, 'kind' | 'from' | 'to'>>): string[] {
  const kept = new Set(parseManifest(after));
  const covered = redirectRoutes(redirects);
  return parseManifest(before).filter((p) => !kept.has(p) && !(p in covered));
}

/**
 * Whether a built path is a published URL the manifest must keep: every page, the files beside
 * chart pages, social images, JSON Schemas and data downloads; not bundles or the 404 page.
 */
export const isPublished = (path: string) =>
  !path.startsWith('/_astro/') && path !== '/404.html' &&
  (path.endsWith('/') || /^\/charts\/[^/]+\.(csv|json|png|svg)$/.test(path) || path.startsWith('/og/') || path.startsWith('/schemas/') || /^\/data\/[^/]+\.(json|csv|zip)$/.test(path));

/** Published URLs the manifest does not list yet (`npm run permalinks` adds them). */
export const unlistedPermalinks = (listed: Iterable<string>, built: Iterable<string>): string[] => {
  const known = new Set(listed);
  return [...built].filter((p) => isPublished(p) && !known.has(p)).sort();
};
