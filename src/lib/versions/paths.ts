/**
 * Where each version's files live. Versions store data, not pages: one archive per version (every
 * record in records.json, results.csv, measurements.json, the schemas and a README; 0.6 MB at today's data),
 * listed in /data/versions.json and on /changes/. The results as separate CSV and JSON (5.9 MB
 * more per version, the same rows the archive holds) are published for the current version
 * only, at /data/results.csv and /data/results.json.
 */

/** The list of every version. */
export const VERSIONS_JSON = '/data/versions.json';
/** What changed since each older version, for the "changed since" note on chart and claim pages. */
export const CHANGED_SINCE_JSON = '/data/versions/changed-since.json';

/** The files each version folder holds: the archive alone, so the site grows by one archive per version. */
export const VERSION_FILES = ['benchmark-ledger-data.zip'] as const;
export type VersionFile = (typeof VERSION_FILES)[number];

/** A version's file, root-relative, e.g. "/data/versions/4d36546e788f/benchmark-ledger-data.zip". */
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
