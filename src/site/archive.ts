/**
 * The current version's archive (/data/benchmark-ledger-data.zip), built once per build: its
 * endpoint writes it and /data/ prints its size. Building it is the build's largest allocation
 * (every file of the dataset as text, then compressed), so it is not built a second time just
 * to be measured; only the compressed bytes are kept.
 */
import { archiveFiles } from '../lib/browse/archive';
import { zipFiles } from '../lib/browse/zip';
import { datasetVersion } from '../lib/dataset-version';
import { loadDataset, loadLists } from './dataset';
import { absoluteUrl } from './site-url';

let cached: Promise<Uint8Array<ArrayBuffer>> | undefined;

/** The archive's bytes. */
export function currentArchive(): Promise<Uint8Array<ArrayBuffer>> {
  cached ??= (async () => {
    const [lists, data] = [await loadLists(), await loadDataset()];
    return zipFiles(archiveFiles({ lists, data, version: datasetVersion(data), siteUrl: absoluteUrl('/') }));
  })();
  return cached;
}
