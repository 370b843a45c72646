/** The site's navigation: its sections, and which one a page belongs to (for aria-current). */

/** The sections in the header, in order, as root-relative paths. */
export const NAV: readonly { path: string; label: string }[] = [
  { path: '/claims/', label: 'Claims' },
  { path: '/charts/', label: 'Charts' },
  { path: '/models/', label: 'Models' },
  { path: '/compare/', label: 'Compare' },
  { path: '/benchmarks/', label: 'Benchmarks' },
  { path: '/sources/', label: 'Sources' },
  { path: '/coverage/', label: 'Coverage' },
  { path: '/methodology/', label: 'Methodology' },
  { path: '/data/', label: 'Data' },
  { path: '/search/', label: 'Search' },
];

/**
 * The aria-current value of a navigation link on a page: "page" on the section's own page,
 * "true" on a page inside the section, undefined elsewhere.
 * @param pathname the page's URL path, base included
 * @param base the deploy base ("/" or "/sub/")
 * @param path the link's root-relative path
 */
export function navCurrent(pathname: string, base: string, path: string): 'page' | 'true' | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  const own = `/${(pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '')).replace(/\/?$/, '/')}`.replace(/^\/\/$/, '/');
  if (own === path) return 'page';
  return path !== '/' && own.startsWith(path) ? 'true' : undefined;
}
