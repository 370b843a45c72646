/**
 * Fixture datasets for tests. An invalid case is a folder under tests/fixtures/invalid/ that
 * holds only the files it changes or adds; it is laid over the valid dataset, so each case
 * shows exactly one failure mode.
 */
import { join } from 'node:path';
import { readDataDir } from '../../src/lib/load';
import { collapseRepeats, formatProblem, sortProblems, type Problem } from '../../src/lib/problems';
import { validateFiles, type RawFile, type ValidationReport } from '../../src/lib/validate';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The fixed "today" of every fixture test. */
export const TODAY = '2026-11-29';

/** Reads a fixture folder with paths shown as `data/<kind>/<file>`. */
function read(dir: string): { files: RawFile[]; problems: Problem[] } {
  const { files, problems } = readDataDir(dir, dir);
  const asData = (p: string) => `data/${p}`;
  return { files: files.map((f) => ({ ...f, file: asData(f.file) })), problems: problems.map((p) => ({ ...p, file: asData(p.file) })) };
}

/** Validates the valid dataset with an invalid case laid over it. */
export function validateCase(name?: string): ValidationReport {
  const base = read(join(FIXTURES, 'valid'));
  const overlay = name ? read(join(FIXTURES, 'invalid', name)) : { files: [], problems: [] };
  const replaced = new Set(overlay.files.map((f) => `${f.kind}/${f.id}`));
  const files = [...base.files.filter((f) => !replaced.has(`${f.kind}/${f.id}`)), ...overlay.files];
  const report = validateFiles(files, TODAY);
  return { ...report, problems: [...overlay.problems, ...report.problems] };
}

/** The validator's output lines for a case, as a contributor would read them. */
export function problemLines(name?: string): string[] {
  return collapseRepeats(sortProblems(validateCase(name).problems)).map(formatProblem);
}
