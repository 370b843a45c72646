/**
 * Checks each answer to `npm run new` as it is given, so a typo in an id is caught at once
 * (with the nearest ids) rather than after every other question. The whole record is still
 * checked by the validator before it is written.
 */
import { ID_PATTERN, SOURCE_KINDS, type RecordKind } from '../../schemas';
import { editDistance } from '../text';
import { FIELDS, MODEL_FACTS, numberOrText, type Kind } from './fields';

/** The ids present in the data, by folder. */
export type KnownIds = Record<RecordKind, ReadonlySet<string>>;

/** The flags that name an existing record, and its folder. */
const REFS: Record<Kind, Record<string, RecordKind>> = {
  result: { source: 'sources', model: 'models', benchmark: 'benchmarks', 'submitted-by': 'organizations' },
  source: { publisher: 'organizations', supersedes: 'sources', relays: 'organizations' },
  model: {
    developer: 'organizations', predecessor: 'models', source: 'sources',
    ...Object.fromEntries(MODEL_FACTS.map(([stem]) => [`${stem}-source`, 'sources' as const])),
  },
};
/** The folder a new record's id must be free in. */
const NEW_ID: Partial<Record<Kind, RecordKind>> = { source: 'sources', model: 'models' };
const DATES = new Set(['published', 'retrieved', 'released']);
const NUMBERS = new Set(['score', 'attempts']);

/** Up to `n` ids nearest to `word`, nearest first (ties alphabetical). */
export function nearestIds(word: string, pool: Iterable<string>, n = 3): string[] {
  return [...pool]
    .map((id) => ({ id, d: editDistance(word.toLowerCase(), id.toLowerCase()) - (id.includes(word) || word.includes(id) ? 2 : 0) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((x) => x.id);
}

/** What is wrong with one answer, or undefined when it can stand (empty optional answers can). */
export function checkAnswer(kind: Kind, flag: string, text: string, known: KnownIds): string | undefined {
  const v = text.trim();
  const spec = FIELDS[kind].find((f) => f.flag === flag);
  if (!v) return spec?.required ? 'an answer is needed here' : undefined;
  const ref = REFS[kind][flag];
  if (ref && !(flag === 'predecessor' && /^none$/i.test(v)) && !known[ref].has(v)) {
    const near = nearestIds(v, known[ref]);
    return `no ${ref.replace(/s$/, '')} has the id "${v}"${near.length ? ` (nearest: ${near.join(', ')})` : ''}; add data/${ref}/${v}.json first, or fix the id`;
  }
  if (flag === 'id' && NEW_ID[kind]) {
    if (!ID_PATTERN.test(v)) return `"${v}" is not a valid id (kebab-case: lowercase letters, digits and single hyphens, e.g. "glm-5-2")`;
    if (known[NEW_ID[kind]!].has(v)) return `data/${NEW_ID[kind]}/${v}.json already exists (ids are permalinks: pick another id, or edit the file)`;
  }
  if (DATES.has(flag) && !(flag === 'published' && /^none$/i.test(v)) && !/^\d{4}-\d{2}-\d{2}$/.test(v))
    return `expected a date as YYYY-MM-DD${flag === 'published' ? ', or "none"' : ''}, got "${v}"`;
  if (NUMBERS.has(flag) && typeof numberOrText(v) !== 'number')
    return `expected a number, got "${v}"${v.endsWith('%') ? ' (write the number without %)' : ' (as printed, in the benchmark\'s unit)'}`;
  if ((flag === 'url' || flag === 'read-from') && !/^https:\/\/\S+$/.test(v)) return `expected an https:// link, got "${v}"`;
  if (kind === 'source' && flag === 'kind' && !(SOURCE_KINDS as readonly string[]).includes(v)) {
    const near = nearestIds(v, SOURCE_KINDS, 1);
    return `expected one of ${SOURCE_KINDS.join(', ')}, got "${v}"${near.length ? ` (nearest: ${near[0]})` : ''}`;
  }
  return undefined;
}
