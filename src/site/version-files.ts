/** The files of one dataset version, for the routes under /data/versions/<version>/. */
import type { GetStaticPaths } from 'astro';
import { archiveFiles } from '../lib/browse/archive';
import { zipFiles } from '../lib/browse/zip';
import { listsOf } from '../lib/versions/lists';
import { loadVersions } from './versions';
import { absoluteUrl } from './site-url';

/** One route per listed version. */
export const versionPaths = (async () => (await loadVersions()).versions.map((v) => ({ params: { version: v.id } }))) satisfies GetStaticPaths;

const datasetOf = async (id: string) => {
  const data = (await loadVersions()).datasets.get(id);
  if (!data) throw new Error(`no dataset version "${id}"`);
  return data;
};

/** The version's archive, as /data/benchmark-ledger-data.zip is for the current one, with the records once (records.json) and without what is derived from them (measurements.json, the Every Eval Ever export). */
export async function versionZip(id: string): Promise<Uint8Array<ArrayBuffer>> {
  const data = await datasetOf(id);
  return zipFiles(archiveFiles({ lists: listsOf(data), data, version: id, siteUrl: absoluteUrl('/'), eee: false, recordFiles: false, measurements: false }));
}

