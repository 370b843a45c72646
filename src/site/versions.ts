/** The dataset's published versions for pages, read from git once per build. */
import { readFileSync } from 'node:fs';
import { articleText } from '../lib/article';
import { loadVersions as load, type LoadedVersions } from '../lib/versions/load';
import { loadDataset } from './dataset';

let cached: Promise<LoadedVersions> | undefined;

/** Every version of the data this build publishes (DATA_DIR's git history, then the build's data). */
export function loadVersions(): Promise<LoadedVersions> {
  cached ??= loadDataset().then((current) => load(process.env.DATA_DIR ?? 'data', current, articleText(readFileSync)));
  return cached;
}
