/**
 * What /data/versions.json and /data/versions/changed-since.json hold. Pure: the version list
 * comes in computed; URLs are made by the `url` function the page passes (base and site).
 */
import { DATA_LICENSE } from '../export';
import { changedSince, VERSION_RULE, type ChangedSince, type VersionList } from './list';
import { changelogPath, VERSION_FILES, versionFilePath } from './paths';

type Url = (path: string) => string;

/** The public list of versions, newest first. */
export function versionsManifest(list: VersionList & { history: { complete: boolean; note: string } }, url: Url) {
  return {
    dataset: 'Benchmark Ledger',
    what: 'versions',
    rule: VERSION_RULE,
    complete: list.history.complete,
    note: list.history.note || null,
    license: DATA_LICENSE,
    current: list.versions.at(-1)?.id ?? null,
    versions: [...list.versions].reverse().map((v) => ({
      id: v.id,
      date: v.date,
      commit: v.commit,
      counts: v.counts,
      archive: url(versionFilePath(v.id, 'benchmark-ledger-data.zip')),
      files: Object.fromEntries(VERSION_FILES.map((f) => [f, url(versionFilePath(v.id, f))])),
      changes: v.diff
        ? {
            figuresAdded: v.diff.added.length, figuresChanged: v.diff.changed.length, figuresRemoved: v.diff.removed.length,
            conflictsOpened: v.diff.conflictsOpened.length, conflictsClosed: v.diff.conflictsClosed.length,
            verdictsChanged: v.diff.verdicts.map((d) => ({ claim: d.id, verdict: d.which, before: d.before, after: d.after })),
          }
        : null,
      changelog: url(changelogPath(v.id)),
    })),
    notRebuilt: list.skipped.map((s) => ({ ...s, reason: `${s.unreadable} file(s) written under older rules fail today's schemas` })),
  };
}

/** For each older version: what has changed since, for the note on chart and claim pages. */
export function changedSinceManifest(list: VersionList, articleText: string | undefined, url: Url) {
  const current = list.versions.at(-1);
  const since: Record<string, ChangedSince & { date: string | null; archive: string }> = {};
  if (current)
    for (const v of list.versions.slice(0, -1))
      since[v.id] = {
        date: v.date,
        archive: url(versionFilePath(v.id, 'benchmark-ledger-data.zip')),
        ...changedSince(list.datasets.get(v.id)!, list.datasets.get(current.id)!, articleText),
      };
  return { current: current?.id ?? null, since };
}
