import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset';
import { datasetVersion } from '../../src/lib/dataset-version';
import { validateDir } from '../../src/lib/load';
import { changelog } from '../../src/lib/versions/changelog';
import { readHistory } from '../../src/lib/versions/git-history';
import { changedSince, claimBenchmarks } from '../../src/lib/versions/list';
import { listsOf } from '../../src/lib/versions/lists';
import { loadVersions } from '../../src/lib/versions/load';
import { changedSinceManifest, versionsManifest } from '../../src/lib/versions/manifest';
import { validateCase } from '../support/fixtures';
import { fixtureHistory } from '../support/git-history';

const h = fixtureHistory();
afterAll(() => h.remove());
const current = () => validateDir(h.data, '2026-11-29').dataset;
const url = (p: string) => `https://example.org/site${p}`;

describe('readHistory', () => {
  it('reads the data folder at every commit that changed it, oldest first, without a checkout', () => {
    const history = readHistory(h.data);
    expect(history.complete).toBe(true);
    expect(history.snapshots.map((s) => s.commit)).toEqual([h.commits.oldRules, h.commits.first, h.commits.score]);
    expect(history.snapshots[1]!.files.find((f) => f.kind === 'results' && f.id === 'board-snapshot')?.text).toContain('1450');
    expect(history.snapshots[1]!.files.some((f) => f.id === 'README')).toBe(false);
  });

  it('falls back to the newest commit in a shallow clone, and says so', () => {
    const clone = mkdtempSync(join(tmpdir(), 'ledger-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${h.repo}`, clone]);
      const history = readHistory(join(clone, 'data'));
      expect(history.complete).toBe(false);
      expect(history.note).toContain('shallow clone');
      expect(history.snapshots).toHaveLength(1);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('says why when the folder is not in a git repository, instead of throwing', () => {
    const plain = mkdtempSync(join(tmpdir(), 'ledger-nogit-'));
    try {
      const history = readHistory(plain);
      expect(history).toMatchObject({ snapshots: [], complete: false });
      expect(history.note).toMatch(/git|repository/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('loadVersions', () => {
  const list = loadVersions(h.data, current());

  it('lists one version per distinct state, the newest equal to the build, and names states it cannot rebuild', () => {
    expect(list.versions.map((v) => v.commit)).toEqual([h.commits.first, h.commits.score]);
    expect(list.versions.map((v) => v.date)).toEqual(['2026-11-02', '2026-11-04']);
    expect(list.versions.at(-1)!.id).toBe(datasetVersion(current()));
    expect(list.skipped).toEqual([{ commit: h.commits.oldRules, date: '2026-11-01', unreadable: 1 }]);
  });

  it('gives each version verdict-diff\'s diff from the one before', () => {
    const [first, second] = list.versions;
    expect(first!.diff).toBeUndefined();
    expect(second!.diff!.changed.map((c) => [c.before.score, c.after.score])).toEqual([[1450, 1480]]);
    const log = changelog(list.versions, list.datasets);
    expect(log[0]!.summary).toBe('0 figures added, 1 changed, 0 removed; 0 new conflicts, 0 resolved; 3 verdicts changed.');
    expect(log[0]!.changed).toEqual([expect.objectContaining({ model: 'Model X', before: '1450 Elo', after: '1480 Elo', modelHref: '/models/model-x/' })]);
    expect(log[1]!.summary).toMatch(/^The first version listed: \d+ figures/);
  });

  it('tells a chart or claim cited at the older version what changed since', () => {
    const [first, second] = list.versions;
    const since = changedSince(list.datasets.get(first!.id)!, list.datasets.get(second!.id)!);
    expect(since).toEqual({ charts: ['/charts/arena-elo--style-control/'], verdicts: ['model-x-rivals'], benchmarks: ['arena-elo'], claimFigures: ['model-x-rivals'] });
    const m = changedSinceManifest(list, undefined, url);
    expect(m.current).toBe(second!.id);
    expect(Object.keys(m.since)).toEqual([first!.id]);
    expect(m.since[first!.id]!.archive).toBe(url(`/data/versions/${first!.id}/benchmark-ledger-data.zip`));
  });

  it('writes versions.json newest first, with files and change counts', () => {
    const m = versionsManifest(list, url);
    expect(m.complete).toBe(true);
    expect(m.versions.map((v) => v.commit)).toEqual([h.commits.score, h.commits.first]);
    // A version is its archive: the site grows by one archive per version, not by three files.
    expect(m.versions[0]!.files).toEqual({ 'benchmark-ledger-data.zip': url(`/data/versions/${m.versions[0]!.id}/benchmark-ledger-data.zip`) });
    expect(m.versions[0]!.changes).toMatchObject({ figuresChanged: 1, verdictsChanged: [{ claim: 'model-x-rivals', before: 'Not supported' }, { claim: 'model-x-rivals' }, { claim: 'model-x-rivals' }] });
    expect(m.notRebuilt).toHaveLength(1);
  });
});

describe('listsOf', () => {
  it('turns a dataset back into the records it was built from (same version)', () => {
    const data = validateCase().dataset;
    expect(datasetVersion(buildDataset(listsOf(data)))).toBe(datasetVersion(data));
  });
});

describe('claimBenchmarks', () => {
  it('names the benchmarks in a score comparison\'s categories, and none for a test of model facts', () => {
    const data = validateCase().dataset;
    expect(claimBenchmarks(data, data.claims.get('model-x-rivals')!)).toEqual(['arena-elo', 'bench-pct']);
    expect(claimBenchmarks(data, { test: { rule: 'parameters' } })).toEqual([]);
  });
});
