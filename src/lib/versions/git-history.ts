/**
 * The data folder as it stood at every commit that changed it, read with git (no checkout:
 * the working tree is untouched), oldest first along the first-parent line of HEAD — the
 * versions the branch being built has published. Node only; never throws.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { KIND_ORDER, type RecordKind } from '../../schemas';
import type { RawFile } from '../validate';

/** The data files at one commit. */
export interface Snapshot {
  commit: string;
  /** Commit date, ISO 8601 with offset, as git prints it. */
  date: string;
  files: RawFile[];
}

export interface History {
  /** Oldest first; empty when there is no usable history. */
  snapshots: Snapshot[];
  /** False when history is missing or cut short (a shallow clone): then only the current version is known. */
  complete: boolean;
  /** Why history is incomplete, in a sentence for readers; empty when complete. */
  note: string;
}

type Git = (args: string[], input?: string) => Buffer;

/** Splits `git cat-file --batch` output into blob texts, in request order. */
function parseBatch(out: Buffer): string[] {
  const texts: string[] = [];
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, eol).toString('utf8').split(' ')[2]);
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}

/** The record files of a data folder at one commit (README and stray files left out, as readDataDir does). */
function filesAt(git: Git, commit: string, prefix: string): RawFile[] {
  const entries = git(['ls-tree', '-r', '-z', commit, '--', prefix]).toString('utf8').split('\0').filter(Boolean).flatMap((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    const [kind, name, ...deeper] = path.slice(prefix.length + 1).split('/');
    const ok = meta.includes(' blob ') && !deeper.length && KIND_ORDER.includes(kind as RecordKind) && name?.endsWith('.json') && !name.startsWith('.');
    return ok ? [{ sha: meta.split(' ')[2]!, path, kind: kind as RecordKind, id: name!.slice(0, -'.json'.length) }] : [];
  });
  if (!entries.length) return [];
  const texts = parseBatch(git(['cat-file', '--batch'], `${entries.map((e) => e.sha).join('\n')}\n`));
  return entries.map((e, i) => ({ kind: e.kind, id: e.id, file: `${e.path} at ${commit.slice(0, 12)}`, text: texts[i] ?? '' }));
}

/**
 * Every past state of a data folder that git holds.
 * @param dataDir the data folder (e.g. "data", or a fixture's folder inside a test repository)
 */
export function readHistory(dataDir: string): History {
  const dir = resolve(dataDir);
  const none = (note: string): History => ({ snapshots: [], complete: false, note });
  if (!existsSync(dir)) return none(`the data folder ${dataDir} does not exist`);
  const gitIn = (cwd: string): Git => (args, input) => execFileSync('git', ['-C', cwd, ...args], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
  try {
    const top = gitIn(dir)(['rev-parse', '--show-toplevel']).toString('utf8').trim();
    const git = gitIn(top);
    const prefix = relative(top, dir).split(sep).join('/');
    if (!prefix || prefix.startsWith('..')) return none('the data folder is not inside a git repository');
    const shallow = git(['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
    const log = git(['log', '--first-parent', '--reverse', '--format=%H %cI', 'HEAD', '--', prefix]).toString('utf8').trim();
    const snapshots = log ? log.split('\n').map((line) => {
      const [commit, date] = line.split(' ') as [string, string];
      return { commit, date, files: filesAt(git, commit, prefix) };
    }) : [];
    if (shallow) return { snapshots: snapshots.slice(-1), complete: false, note: 'this build was made from a shallow clone, so only the newest committed version is listed; a build from the full history lists every version' };
    return { snapshots, complete: true, note: '' };
  } catch (e) {
    return none(`git history could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}), so only the current version is listed`);
  }
}
