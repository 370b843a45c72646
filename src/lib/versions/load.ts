/**
 * The version list of a data folder: its git history validated with today's rules, then listed
 * by `listVersions`. Node only (reads git); never throws — without history it lists the
 * current version alone and says why.
 */
import type { Dataset } from '../dataset';
import { checkFile, validateFiles } from '../validate';
import { readHistory, type History } from './git-history';
import { listVersions, type VersionList } from './list';

/** No date check for past states: a record dated after its commit is not what is asked here. */
const NO_DATE_LIMIT = '9999-12-31';

export interface LoadedVersions extends VersionList {
  history: Pick<History, 'complete' | 'note'>;
}

/**
 * Every published version of the data in `dataDir`, the current build's data last.
 * @param dataDir the data folder (its git history is read)
 * @param current the dataset this build publishes
 * @param articleText the article, for verdict changes
 */
export function loadVersions(dataDir: string, current: Dataset, articleText?: string): LoadedVersions {
  const history = readHistory(dataDir);
  const snapshots = history.snapshots.map((s) => {
    const unreadable = s.files.filter((f) => checkFile(f).problems.length > 0).length;
    return { commit: s.commit, date: s.date, dataset: validateFiles(s.files, NO_DATE_LIMIT).dataset, unreadable };
  });
  return { ...listVersions(snapshots, current, articleText), history: { complete: history.complete, note: history.note } };
}
