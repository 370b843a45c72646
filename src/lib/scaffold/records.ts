/**
 * Builds the file `npm run new` writes from the answers, and checks it with the validator
 * against the rest of the data before anything touches the disk. Pure: texts in, texts out.
 */
import { RECORD_KINDS, SCHEMA_VERSION, type RecordKind } from '../../schemas';
import type { Problem } from '../problems';
import { validateFiles, type RawFile } from '../validate';
import { appendToResults, type AppendResult } from './append';
import { FIELDS, MODEL_FACTS, type Kind } from './fields';

/** The answers, by flag name (missing optional fields are absent or ""). */
export type Answers = Record<string, string | undefined>;

const given = (a: Answers, flag: string) => (a[flag]?.trim() ? a[flag]!.trim() : undefined);
const parsed = (kind: Kind, a: Answers, flag: string) => {
  const v = given(a, flag);
  const parse = FIELDS[kind].find((f) => f.flag === flag)?.parse;
  return v === undefined ? undefined : parse ? parse(v) : v;
};
const schemaRef = (kind: RecordKind) => `../../public/schemas/v${SCHEMA_VERSION}/${RECORD_KINDS[kind].schemaFile}.schema.json`;
/** Drops keys whose value is undefined, so optional fields left empty are not written. */
const compact = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A new source record. */
export function buildSource(a: Answers, today: string): { id: string; record: object } {
  const readFrom = given(a, 'read-from');
  const published = given(a, 'published');
  return {
    id: given(a, 'id') ?? '',
    record: compact({
      $schema: schemaRef('sources'), title: given(a, 'title'), publisher: given(a, 'publisher'), url: given(a, 'url'),
      kind: given(a, 'kind'), published: published === undefined || /^none$/i.test(published) ? null : published,
      retrieved: given(a, 'retrieved') ?? today,
      readFrom: readFrom ? { url: readFrom, note: given(a, 'read-from-note') } : undefined,
      supersedes: given(a, 'supersedes'),
      relays: given(a, 'relays'),
    }),
  };
}

/** One result entry. */
export function buildResult(a: Answers): object {
  const settings = compact({
    reasoningEffort: given(a, 'effort'), tools: given(a, 'tools'), harness: given(a, 'harness'),
    attempts: parsed('result', a, 'attempts'), notes: given(a, 'notes'),
  });
  return compact({
    model: given(a, 'model'), benchmark: given(a, 'benchmark'), variant: given(a, 'variant'),
    score: parsed('result', a, 'score'), settings: Object.keys(settings).length ? settings : undefined,
    locator: given(a, 'locator'), submittedBy: given(a, 'submitted-by'), note: given(a, 'note'),
  });
}

/**
 * The results file of `source` with `result` appended: a new file when `existing` is
 * undefined, else the existing text with the entry inserted (no other line is rewritten).
 */
export function appendResult(existing: string | undefined, source: string, result: object): AppendResult {
  if (existing !== undefined) return appendToResults(existing, result);
  return { ok: true, text: `${JSON.stringify({ $schema: schemaRef('results'), source, results: [result] }, null, 2)}\n` };
}

/** A new model record; each fact takes the common --source unless --<fact>-source is given. */
export function buildModel(a: Answers): { id: string; record: object } {
  const keys = { released: 'released', 'open-weights': 'openWeights', license: 'license', 'total-params': 'totalParameters', 'active-params': 'activeParameters', context: 'contextWindow' } as const;
  const facts = Object.fromEntries(MODEL_FACTS.map(([stem]) => [keys[stem], {
    value: parsed('model', a, stem), source: given(a, `${stem}-source`) ?? given(a, 'source'), locator: given(a, `${stem}-locator`),
  }]));
  const predecessor = given(a, 'predecessor');
  return {
    id: given(a, 'id') ?? '',
    record: { $schema: schemaRef('models'), name: given(a, 'name'), developer: given(a, 'developer'), family: given(a, 'family'),
      predecessor: predecessor === undefined || /^none$/i.test(predecessor) ? null : predecessor, ...facts, prices: [] },
  };
}

/** The file to write: its kind, id and text. */
export interface Draft {
  kind: RecordKind;
  id: string;
  text: string;
  /** Why the draft could not be made (a hand-edited results file with a syntax error); nothing is written then. */
  error?: { line?: number; column?: number; message: string };
}

/** Builds the draft for `kind` from the answers; `readExisting` reads a results file if present. */
export function draft(kind: Kind, a: Answers, today: string, readExisting: (source: string) => string | undefined): Draft {
  if (kind === 'result') {
    const source = given(a, 'source') ?? '';
    const existing = readExisting(source);
    const r = appendResult(existing, source, buildResult(a));
    return r.ok ? { kind: 'results', id: source, text: r.text } : { kind: 'results', id: source, text: existing ?? '', error: r };
  }
  const { id, record } = kind === 'source' ? buildSource(a, today) : buildModel(a);
  return { kind: kind === 'source' ? 'sources' : 'models', id, text: `${JSON.stringify(record, null, 2)}\n` };
}

/**
 * Validates the data as it would be with the draft written: returns the problems in the
 * draft's own file (problems elsewhere were there before and are not the draft's doing).
 * @param file the path the draft will be written to, as messages should show it
 */
export function checkDraft(files: RawFile[], d: Draft, file: string, today: string): Problem[] {
  if (d.error) return [{ file, path: '', ...(d.error.line ? { line: d.error.line, column: d.error.column } : {}), message: d.error.message }];
  const others = files.filter((f) => !(f.kind === d.kind && f.id === d.id));
  const { problems } = validateFiles([...others, { kind: d.kind, id: d.id, file, text: d.text }], today);
  return problems.filter((p) => p.file === file);
}

/**
 * The validator's own problems with a typed score, judged against its benchmark (range and
 * plausible bounds) as soon as it is given, before the questions that follow it.
 */
export function scoreProblems(files: RawFile[], a: Answers, today: string, readExisting: (source: string) => string | undefined): string[] {
  // Fields not yet given are stood in for, so the file passes its schema and reaches the range checks.
  const standIns = { model: a.model?.trim() || 'not-yet-given', locator: a.locator?.trim() || '(not yet given)' };
  const d = draft('result', { ...a, ...standIns }, today, readExisting);
  if (d.error) return [];
  return checkDraft(files, d, 'draft', today).filter((p) => /\.score$/.test(p.path)).map((p) => p.message);
}
