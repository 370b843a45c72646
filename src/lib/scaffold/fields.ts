/**
 * What `npm run new` asks for, per record kind: each field's flag, question and how the typed
 * text becomes a JSON value. Values are never "corrected": "81%" stays a string so that the
 * validator says what is wrong with it, exactly as it would in a hand-written file.
 */
import { SOURCE_KINDS } from '../../schemas';

export type Kind = 'source' | 'result' | 'model';
export const KINDS: Kind[] = ['source', 'result', 'model'];

/** One field a contributor supplies. */
export interface FieldSpec {
  flag: string;
  question: string;
  required: boolean;
  /** Turns typed text into the JSON value (default: the text itself). */
  parse?: (text: string) => unknown;
}

/** A number when the text is exactly a number, else the text as typed (for the validator to judge). */
export const numberOrText = (text: string): unknown => (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : text);

/** true/false/yes/no as a boolean, else the text as typed. */
export const booleanOrText = (text: string): unknown =>
  /^(true|yes)$/i.test(text.trim()) ? true : /^(false|no)$/i.test(text.trim()) ? false : text;

const FACTS = [
  ['released', 'release date', 'Release date (YYYY-MM-DD)', undefined],
  ['open-weights', 'open weights', 'Can the weights be downloaded? (yes/no)', booleanOrText],
  ['license', 'licence', 'Licence name ("MIT", "Apache-2.0", "proprietary")', undefined],
  ['total-params', 'total parameters', 'Total parameters in billions, or "undisclosed"', numberOrText],
  ['active-params', 'active parameters', 'Active parameters per token in billions, or "undisclosed"', numberOrText],
  ['context', 'context window', 'Context window in tokens, or "undisclosed"', numberOrText],
] as const;

/** The model facts: flag stem, label, question, parser. Each also takes --<stem>-locator and --<stem>-source. */
export const MODEL_FACTS = FACTS;

export const FIELDS: Record<Kind, FieldSpec[]> = {
  source: [
    { flag: 'id', question: 'Source id, "<publisher>-<what>" in kebab-case', required: true },
    { flag: 'title', question: 'Title of the document', required: true },
    { flag: 'publisher', question: 'Publisher (an organization id)', required: true },
    { flag: 'url', question: 'https:// link to the original document', required: true },
    { flag: 'kind', question: `Kind (${SOURCE_KINDS.join(', ')})`, required: true },
    { flag: 'published', question: 'Date the document shows (YYYY-MM-DD), or "none"', required: true },
    { flag: 'retrieved', question: 'Day you read it (YYYY-MM-DD, default today)', required: false },
    { flag: 'read-from', question: 'If you read a copy: its https:// link (else leave empty)', required: false },
    { flag: 'read-from-note', question: 'What the copy is', required: false },
    { flag: 'supersedes', question: 'Id of the earlier version this revises (else leave empty)', required: false },
    { flag: 'relays', question: 'If it reprints another organization\'s table: that organization id (else leave empty)', required: false },
  ],
  result: [
    { flag: 'source', question: 'Source id (the document you read the figure in)', required: true },
    { flag: 'model', question: 'Model id', required: true },
    { flag: 'benchmark', question: 'Benchmark id', required: true },
    { flag: 'score', question: 'Score exactly as printed, as a number in the benchmark\'s unit', required: true, parse: numberOrText },
    { flag: 'locator', question: 'Where it stands: table, row, column (or a quoted fragment)', required: true },
    { flag: 'variant', question: 'Variant, if the source prints sub-scores ("with tools")', required: false },
    { flag: 'effort', question: 'Reasoning effort, if stated', required: false },
    { flag: 'tools', question: 'Tools, if stated', required: false },
    { flag: 'harness', question: 'Harness, if stated', required: false },
    { flag: 'attempts', question: 'Attempts (the k of pass@k), if stated', required: false, parse: numberOrText },
    { flag: 'notes', question: 'Other conditions from the footnotes', required: false },
    { flag: 'submitted-by', question: 'Who ran it, if not the publisher (organization id)', required: false },
    { flag: 'note', question: 'Anything a reader must know about this figure', required: false },
  ],
  model: [
    { flag: 'id', question: 'Model id (name lowercased, dots to hyphens: glm-5-2)', required: true },
    { flag: 'name', question: 'Name as the developer writes it', required: true },
    { flag: 'developer', question: 'Developer (an organization id)', required: true },
    { flag: 'family', question: 'Family ("GLM", "Claude")', required: true },
    { flag: 'predecessor', question: 'Predecessor model id, or "none"', required: true },
    { flag: 'source', question: 'Source id the facts were read in (each fact may override with --<fact>-source)', required: true },
    ...FACTS.flatMap(([stem, label, question, parse]): FieldSpec[] => [
      { flag: stem, question, required: true, ...(parse ? { parse } : {}) },
      { flag: `${stem}-locator`, question: `Where the ${label} stands in the source (or "not stated in <doc>")`, required: true },
      { flag: `${stem}-source`, question: `Source id of the ${label}, if not the one above`, required: false },
    ]),
  ],
};
