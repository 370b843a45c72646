/**
 * Reads a data folder from disk (Node only). Kept apart from the pure validator so tests can
 * feed it texts directly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KIND_ORDER, type RecordKind } from '../schemas';
import type { Problem } from './problems';
import { validateFiles, type RawFile, type ValidationReport } from './validate';

/** Reads every record file under `dir`, and reports files that do not belong there. */
export function readDataDir(dir: string, cwd = process.cwd()): { files: RawFile[]; problems: Problem[] } {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  const show = (p: string) => relative(cwd, p) || p;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { files, problems: [{ file: show(dir), path: '', message: 'no such data folder' }] };
  }
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    if (!KIND_ORDER.includes(entry as RecordKind)) {
      problems.push({ file: show(full), path: '', message: `unknown folder (record folders are: ${KIND_ORDER.join(', ')})` });
      continue;
    }
    for (const name of readdirSync(full).sort()) {
      const file = join(full, name);
      if (name.startsWith('.') || name === 'README.md') continue;
      if (!name.endsWith('.json') || statSync(file).isDirectory()) {
        problems.push({ file: show(file), path: '', message: 'only .json record files belong here (move or delete this file)' });
        continue;
      }
      files.push({ kind: entry as RecordKind, id: name.slice(0, -'.json'.length), file: show(file), text: readFileSync(file, 'utf8') });
    }
  }
  return { files, problems };
}

/** Today's date as YYYY-MM-DD (UTC). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Reads and validates a data folder. */
export function validateDir(dir: string, today = todayUtc(), cwd = process.cwd()): ValidationReport {
  const { files, problems } = readDataDir(dir, cwd);
  const report = validateFiles(files, today);
  return { dataset: report.dataset, problems: [...problems, ...report.problems] };
}
