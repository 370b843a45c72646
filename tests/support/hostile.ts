/**
 * A hostile copy of the valid fixture dataset: every free-text field (names, titles, quotes,
 * notes, locators, caveats, settings, variants …) carries script, an attribute break-out and a
 * `javascript:` URL. Ids, URLs, dates, numbers and enumerations are left alone so the data
 * still validates; the same text is changed the same way everywhere, so references still match.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What every text field ends with. */
export const PAYLOAD = ` <script>alert(1)</script> "><img src=x onerror=alert(1)> javascript:alert(1)`;
/** Keys whose strings are codes or references to ids, not prose. */
const CODES = new Set([
  'kind', 'category', 'categories', 'unit', 'country', 'currency', 'rule', 'origin', 'value', 'asOf', 'published', 'retrieved', 'date',
  'source', 'model', 'models', 'benchmark', 'developer', 'publisher', 'launchOf', 'supersedes', 'predecessor', 'from', 'to',
]);
const isCode = (s: string) => /^https?:\/\//.test(s) || /^\d{4}-\d{2}(-\d{2})?$/.test(s);

/** The hostile version of one JSON value; `key` is the field it sits in. */
function poison(v: unknown, key = ''): unknown {
  if (typeof v === 'string') return CODES.has(key) || isCode(v) ? v : `${v}${PAYLOAD}`;
  if (Array.isArray(v)) return v.map((x) => poison(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]));
  return v;
}

/** Copies `from` (a data folder) to `to`, with every JSON file's text fields made hostile. */
export function writeHostileData(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) writeFileSync(full, `${JSON.stringify(poison(JSON.parse(readFileSync(full, 'utf8'))), null, 2)}\n`);
    }
  };
  walk(to);
}
