/**
 * The permalink check of a pull request (Node only): permalinks.txt in the working tree
 * against the same file at the base branch's git ref. A line the pull request removes fails
 * unless a redirect in data/redirects/ covers it, so deleting a line and renaming an id in
 * one change no longer passes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Redirect } from '../schemas';
import { parseJson } from './json';
import { readDataDir, readDataFile } from './load';
import { parseManifest, uncoveredRemovals } from './permalinks';

export type BaseCheck = { ok: true; removed: string[]; listedBefore: number } | { ok: false; message: string };

/** The text of `path` at git `ref` in the repository at `root`, or why it cannot be read. */
export function fileAtRef(root: string, ref: string, path: string): { text: string } | { error: string } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    return { error: `no commit named ${JSON.stringify(ref)} in the git repository at ${root} (check the spelling, or fetch it: git fetch origin)` };
  }
  try {
    return { text: git('show', `${ref}:${path}`) };
  } catch {
    return { text: '' }; // the file did not exist at the ref: nothing was promised yet
  }
}

/** Compares `manifest` (relative to `root`) with its version at `ref`; redirects are read from `dataDir`. */
export function checkAgainstBase(root: string, ref: string, manifest = 'permalinks.txt', dataDir = join(root, 'data')): BaseCheck {
  const before = fileAtRef(root, ref, manifest);
  if ('error' in before) return { ok: false, message: before.error };
  const now = readDataFile(join(root, manifest));
  if ('error' in now) return { ok: false, message: `${manifest}: ${now.error}` };
  const redirects = readDataDir(dataDir, root).files.filter((f) => f.kind === 'redirects').flatMap((f) => {
    const r = parseJson(f.text);
    return r.ok ? [r.value as Redirect] : [];
  });
  const removed = uncoveredRemovals(before.text, now.text, redirects);
  return { ok: true, removed, listedBefore: parseManifest(before.text).length };
}
