/**
 * Where each version's files live. Versions store data, not pages: an archive and the results
 * as CSV and JSON per version, listed in /data/versions.json and on /changes/.
 */

/** The list of every version. */
export const VERSIONS_JSON = '/data/versions.json';
/** What changed since each older version, for the "changed since" note on chart and claim pages. */
export const CHANGED_SINCE_JSON = '/data/versions/changed-since.json';

/** The files each version folder holds. */
export const VERSION_FILES = ['benchmark-ledger-data.zip', 'results.csv', 'results.json'] as const;
export type VersionFile = (typeof VERSION_FILES)[number];

/** A version's file, root-relative, e.g. "/data/versions/4d36546e788f/results.csv". */
export const versionFilePath = (id: string, file: VersionFile) => `/data/versions/${id}/${file}`;

/** A version's entry on the changelog page. */
export const changelogPath = (id: string) => `/changes/#v-${id}`;

/** The query parameter a citation's URL carries to name the version it saw. */
export const VERSION_PARAM = 'v';

/**
 * The URL a citation gives: the permalink with the version it names, so that opening it later
 * says whether the figures changed since ("https://x.org/charts/hle/?v=4d36546e788f").
 * Keeps any query the permalink has and puts the parameter before a fragment.
 */
export function versionedUrl(permalink: string, version: string): string {
  const hash = permalink.indexOf('#');
  const [base, fragment] = hash < 0 ? [permalink, ''] : [permalink.slice(0, hash), permalink.slice(hash)];
  const query = base.includes('?') ? '&' : '?';
  return `${base}${query}${VERSION_PARAM}=${encodeURIComponent(version)}${fragment}`;
}
