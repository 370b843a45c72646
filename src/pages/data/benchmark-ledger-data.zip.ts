/**
 * /data/benchmark-ledger-data.zip: the whole dataset as one archive, built at build time.
 * The URL is a permalink (ARCHIVE_NAME); the contents are described by its README.
 */
import type { APIRoute } from 'astro';
import { archiveFiles } from '../../lib/browse/archive';
import { zipFiles } from '../../lib/browse/zip';
import { datasetVersion } from '../../lib/dataset-version';
import { loadDataset, loadLists } from '../../site/dataset';

export const GET: APIRoute = async ({ site }) => {
  const lists = await loadLists();
  const data = await loadDataset();
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const zip = zipFiles(archiveFiles({ lists, data, version: datasetVersion(data), siteUrl }));
  return new Response(zip, { headers: { 'content-type': 'application/zip' } });
};
