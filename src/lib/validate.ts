/**
 * Validates data files: each file alone (JSON syntax, schema), then the dataset as a whole
 * (cross-checks). Pure: it takes file texts and returns problems, so the CLI, the build and
 * the tests share it. It never throws on any input.
 */
import { KIND_ORDER, RECORD_KINDS, ID_PATTERN, type RecordKind } from '../schemas';
import { crossCheck } from './cross-checks';
import { buildDataset, type Dataset, type RecordLists } from './dataset';
import { parseJson } from './json';
import type { Problem } from './problems';
import { friendlyError, zodProblems } from './zod-issues';

/** One data file as read from disk. */
export interface RawFile {
  kind: RecordKind;
  /** The record id: the file name without `.json`. */
  id: string;
  /** Path shown in messages, e.g. `data/models/glm-5-2.json`. */
  file: string;
  text: string;
}

export interface ValidationReport {
  /** The records that passed their own schema (cross-checks may still have found problems). */
  dataset: Dataset;
  problems: Problem[];
}

/** Checks one file alone; returns the parsed record or its problems. */
export function checkFile(raw: RawFile): { record?: unknown; problems: Problem[] } {
  if (!ID_PATTERN.test(raw.id)) {
    return {
      problems: [{
        file: raw.file,
        path: '',
        message: `the file name "${raw.id}" is not a valid id (rename it in kebab-case: lowercase letters, digits and single hyphens, e.g. "glm-5-2.json")`,
      }],
    };
  }
  const parsed = parseJson(raw.text);
  if (!parsed.ok) return { problems: [{ file: raw.file, path: '', line: parsed.line, column: parsed.column, message: parsed.message }] };
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return { problems: [{ file: raw.file, path: '', message: 'expected one JSON object { ... } per file' }] };
  }
  const result = RECORD_KINDS[raw.kind].schema.safeParse(parsed.value, { error: friendlyError });
  return result.success ? { record: result.data, problems: [] } : { problems: zodProblems(raw.file, result.error) };
}

/**
 * Validates a set of files.
 * @param today the date after which no date may lie (YYYY-MM-DD); injected so tests are stable
 */
export function validateFiles(files: RawFile[], today: string): ValidationReport {
  const problems: Problem[] = [];
  const lists: Record<RecordKind, [string, unknown][]> = Object.fromEntries(KIND_ORDER.map((k) => [k, []])) as never;
  for (const raw of files) {
    const checked = checkFile(raw);
    for (const p of checked.problems) problems.push(p); // no push(...spread): a file may hold 200,000 problems
    if (checked.record === undefined) continue;
    const source = raw.kind === 'results' ? (checked.record as { source: string }).source : raw.id;
    if (source !== raw.id) {
      // One file per source keeps "the same result entered twice" and permalinks checkable.
      problems.push({ file: raw.file, path: 'source', message: `expected "${raw.id}" (a results file is named after its source), got "${source}" (rename the file to ${source}.json or fix the field)` });
      continue;
    }
    lists[raw.kind].push([raw.id, checked.record]);
  }
  const dataset = buildDataset(lists as unknown as RecordLists);
  const byKey = new Map(files.map((f) => [`${f.kind}/${f.id}`, f.file]));
  const fileOf = (kind: RecordKind, id: string) => byKey.get(`${kind}/${id}`) ?? `data/${kind}/${id}.json`;
  // A record that exists but failed its own checks is reported once, in its own file, not
  // again at every place that refers to it.
  const present = (kind: RecordKind, id: string) => byKey.has(`${kind}/${id}`);
  return { dataset, problems: problems.concat(crossCheck(dataset, today, fileOf, present)) };
}
