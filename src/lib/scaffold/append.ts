/**
 * Appends a result to a results file by editing its text: the new entry goes in before the
 * closing bracket of the top-level `results` list and nothing else is touched, so a score
 * written `88.0`, a hand-made line break or an odd indent stays exactly as it was.
 */
import { parseJson } from '../json';

/** Where a JSON value that starts at `open` (a `[` or `{`) closes. `text` must be valid JSON. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') if (--depth === 0) return i;
  }
  return -1;
}

/** The `[` of the top-level field `name` whose value is a list, or -1. `text` must be valid JSON. */
function topLevelList(text: string, name: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth !== 1) continue;
      let j = i + 1;
      while (/\s/.test(text[j] ?? '')) j++;
      if (text[j] !== ':' || JSON.parse(text.slice(start, i + 1)) !== name) continue;
      j++;
      while (/\s/.test(text[j] ?? '')) j++;
      return text[j] === '[' ? j : -1;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/** The spaces a line starts with, for the line holding `at`. */
const indentAt = (text: string, at: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', at) + 1))![0];

export type AppendResult = { ok: true; text: string } | { ok: false; line?: number; column?: number; message: string };

/** `existing` with `entry` appended to its `results` list, or why it cannot be (the file is not valid JSON). */
export function appendToResults(existing: string, entry: object): AppendResult {
  const parsed = parseJson(existing);
  if (!parsed.ok)
    return { ok: false, line: parsed.line, column: parsed.column, message: `${parsed.message} (the file has a syntax error: fix it by hand first; npm run validate shows it)` };
  const open = topLevelList(existing, 'results');
  const close = open < 0 ? -1 : closing(existing, open);
  if (close < 0) return { ok: false, message: 'the file has no "results" list to append to (add "results": [] and run the command again)' };
  let last = close - 1;
  while (/\s/.test(existing[last]!)) last--;
  const outer = indentAt(existing, open);
  const first = /\S/.exec(existing.slice(open + 1))!.index + open + 1;
  // Items indented like the first one when it starts its own line; else one step in from the list.
  const indent = existing[last] !== '[' && existing.lastIndexOf('\n', first) > open ? indentAt(existing, first) : `${outer}  `;
  const item = JSON.stringify(entry, null, 2).replace(/\n/g, `\n${indent}`);
  const text = existing[last] === '['
    ? `${existing.slice(0, open + 1)}\n${indent}${item}\n${outer}${existing.slice(close)}`
    : `${existing.slice(0, last + 1)},\n${indent}${item}${existing.slice(last + 1)}`;
  return { ok: true, text };
}
