/**
 * Reads a data folder from disk (Node only): the one reader of data/, shared by the validator
 * CLI, the build's check and its content collections, so they accept the same files. It reads
 * only regular files inside the folder (no symlinks, pipes or devices, none over the size
 * limit) and turns every failure into a problem. Kept apart from the pure validator so tests
 * can feed it texts directly.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { KIND_ORDER, type RecordKind } from '../schemas';
import type { Problem } from './problems';
import { decodeUtf8 } from './text-decode';
import { validateFiles, type RawFile, type ValidationReport } from './validate';

/** The largest data file read: 32 MB (the largest real one is under 200 KB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const errorCode = (e: unknown) => (e as { code?: string }).code ?? String(e);
const linkMessage = (what: string) => `a symbolic link (replace it with the ${what} itself; only regular files inside data/ are read)`;
const NOT_REGULAR = 'not a regular file (a pipe, socket or device; only regular files are read)';

/** The kind of entry without following links or opening it; a message if it cannot be seen. */
function lstat(path: string): Stats | string {
  try {
    return lstatSync(path);
  } catch (e) {
    return `could not be read (${errorCode(e)})`;
  }
}

/** Names in a folder, sorted; a message if it cannot be listed. */
function list(dir: string): string[] | string {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    return `the folder could not be read (${errorCode(e)})`;
  }
}

/**
 * Reads one regular file as UTF-8 text, or says why not. Opened with O_NOFOLLOW|O_NONBLOCK and
 * checked again after opening, so a file swapped for a link or a pipe meanwhile never blocks.
 */
export function readDataFile(path: string, max = MAX_FILE_BYTES): { text: string } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: NOT_REGULAR };
    if (st.size > max)
      return { error: `the file is ${st.size} bytes, over the limit of ${max} bytes (${max / 1024 / 1024} MB) per file (split it: one results file per source)` };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return decodeUtf8(buf.subarray(0, got));
  } catch (e) {
    return { error: errorCode(e) === 'ELOOP' ? linkMessage('file') : `could not be read (${errorCode(e)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads every record file under `dir`, and reports files that do not belong there. Never throws. */
export function readDataDir(dir: string, cwd = process.cwd()): { files: RawFile[]; problems: Problem[] } {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  const show = (p: string) => relative(cwd, p) || p;
  const report = (path: string, message: string) => problems.push({ file: show(path), path: '', message });
  const root = lstat(dir);
  let isDir = false;
  try {
    // The data folder itself may be a link (a checkout elsewhere); what is inside may not.
    isDir = typeof root !== 'string' && (root.isDirectory() || (root.isSymbolicLink() && statSync(dir).isDirectory()));
  } catch {
    isDir = false;
  }
  const top = isDir ? list(dir) : 'no such data folder';
  if (typeof top === 'string') return { files, problems: [{ file: show(dir), path: '', message: top }] };
  for (const entry of top) {
    const full = join(dir, entry);
    const st = lstat(full);
    if (typeof st === 'string') { report(full, st); continue; }
    if (st.isSymbolicLink() && KIND_ORDER.includes(entry as RecordKind)) { report(full, linkMessage('folder')); continue; }
    if (!st.isDirectory()) continue; // README.md and the like
    if (!KIND_ORDER.includes(entry as RecordKind)) {
      report(full, `unknown folder (record folders are: ${KIND_ORDER.join(', ')})`);
      continue;
    }
    const names = list(full);
    if (typeof names === 'string') { report(full, names); continue; }
    for (const name of names) {
      const file = join(full, name);
      if (name.startsWith('.') || name === 'README.md') continue;
      const fst = lstat(file);
      if (typeof fst === 'string') { report(file, fst); continue; }
      if (fst.isSymbolicLink()) { report(file, linkMessage('file')); continue; }
      if (!name.endsWith('.json') || fst.isDirectory()) {
        report(file, 'only .json record files belong here (move or delete this file)');
        continue;
      }
      if (!fst.isFile()) { report(file, NOT_REGULAR); continue; }
      const read = readDataFile(file);
      if ('error' in read) { report(file, read.error); continue; }
      files.push({ kind: entry as RecordKind, id: name.slice(0, -'.json'.length), file: show(file), text: read.text });
    }
  }
  return { files, problems };
}

/** Today's date as YYYY-MM-DD (UTC). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Reads and validates a data folder. Never throws. */
export function validateDir(dir: string, today = todayUtc(), cwd = process.cwd()): ValidationReport {
  const { files, problems } = readDataDir(dir, cwd);
  const report = validateFiles(files, today);
  return { dataset: report.dataset, problems: problems.concat(report.problems) };
}
