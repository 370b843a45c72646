/** Internal links, built against the deploy base so the site works under a sub-path. */

/**
 * Joins the site's base (e.g. "/" or "/benchmark-ledger/") and a root-relative path.
 * @param base the configured base path, with or without a trailing slash
 * @param path a path such as "/charts/hle/"; "" or "/" for the home page
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}
