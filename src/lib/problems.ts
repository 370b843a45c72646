/** A problem found in a data file, printed one per line so a contributor can fix it. */
export interface Problem {
  /** Path of the file, relative to the project root, e.g. `data/results/x.json`. */
  file: string;
  /** Where in the record, e.g. `results[3].score`; empty for the whole file. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based line and column, when known (JSON syntax errors). */
  line?: number;
  column?: number;
}

/** Formats a path such as `['results', 3, 'score']` as `results[3].score`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** One plain line: `file[:line:col]: path: message`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** The same problem as a GitHub Actions annotation, so it shows on the pull request's diff. */
export function formatAnnotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [`file=${p.file}`, p.line ? `line=${p.line}` : '', p.column ? `col=${p.column}` : '']
    .filter(Boolean)
    .join(',');
  return `::error ${props}::${esc(p.path ? `${p.path}: ${p.message}` : p.message)}`;
}

/** Sorts problems by file, then line, then path, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}

/**
 * Folds problems that repeat in one file with only the list index changing (a missing model
 * used in 40 rows) into one line that names how many more there are.
 */
export function collapseRepeats(problems: Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.file}|${p.path.replace(/\[\d+\]/g, '[]')}|${p.message}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((g) =>
    g.length === 1 ? g[0]! : { ...g[0]!, message: `${g[0]!.message} [and ${g.length - 1} more like it in this file]` },
  );
}
