/**
 * Which head-to-head pages exist, by one stated rule, and their ids: `<a>-vs-<b>` with the two
 * model ids in alphabetical order; the other order redirects. Pure.
 */
import type { Dataset } from '../dataset';
import { daysBetween } from '../text';
import { originOfModel } from '../origin';
import { UNDISCLOSED } from '../../schemas';
import { claimsConcerning } from '../verdicts/concerning';
import type { ClaimVerdict } from '../verdicts';
import { headToHead } from './head-to-head';

/** The model the article is about. */
export const SUBJECT = 'glm-5-2';
/** Contemporaries: released this many days apart at most. */
export const CONTEMPORARY_DAYS = 90;
/** Contemporaries get a page when they share at least this many like-for-like benchmarks. */
export const MIN_SHARED = 3;

/** The rule, printed on /compare/. */
export const PAIR_RULE =
  `Pairs are chosen by rule, not by hand: (1) GLM-5.2 against every model printed beside it in one of Z.ai's own GLM-5.2 documents (its launch table), ` +
  `(2) against every rival the article's claims are tested on (the best rival on each benchmark of a claim about GLM-5.2), ` +
  `(3) against every open-weight Western model with a disclosed parameter count, and ` +
  `(4) every Chinese model against every Western model released within ${CONTEMPORARY_DAYS} days of it when the two share at least ${MIN_SHARED} like-for-like benchmarks. ` +
  `A page's address names the two model ids in alphabetical order; the other order redirects to it.`;

export interface Pair {
  /** The id: `<a>-vs-<b>`, a < b. */
  id: string;
  a: string;
  b: string;
  /** Which parts of the rule chose it (1–4). */
  reasons: number[];
}

/** The two ids in page order. */
export const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);
/** The page id of a pair, in either order. */
export const pairId = (x: string, y: string) => ordered(x, y).join('-vs-');
/** The page of a pair, root-relative. */
export const comparePath = (x: string, y: string) => `/compare/${pairId(x, y)}/`;
/** The address in the other order, which redirects. */
export const reversedPath = (p: Pair) => `/compare/${p.b}-vs-${p.a}/`;

/**
 * Every pair the rule chooses, by id.
 * @param claimRivals models the claims about GLM-5.2 compare it with (from the verdicts)
 */
export function comparePairs(data: Dataset, claimRivals: Iterable<string> = []): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (x: string, y: string, reason: number) => {
    if (x === y || !data.models.has(x) || !data.models.has(y)) return;
    const [a, b] = ordered(x, y);
    const p = pairs.get(`${a}-vs-${b}`) ?? { id: `${a}-vs-${b}`, a, b, reasons: [] };
    if (!p.reasons.includes(reason)) p.reasons.push(reason);
    pairs.set(p.id, p);
  };
  const subject = data.models.get(SUBJECT);
  if (subject) {
    const own = new Set([...data.sources].filter(([, s]) => s.publisher === subject.developer).map(([id]) => id));
    const launch = new Set(data.results.filter((r) => own.has(r.source) && r.model === SUBJECT).map((r) => r.source));
    for (const r of data.results) if (launch.has(r.source)) add(SUBJECT, r.model, 1);
    for (const m of claimRivals) add(SUBJECT, m, 2);
    for (const [id, m] of data.models)
      if (originOfModel(data, id) === 'west' && m.openWeights.value && m.totalParameters.value !== UNDISCLOSED) add(SUBJECT, id, 3);
  }
  const china = [...data.models].filter(([id]) => originOfModel(data, id) === 'china');
  const west = [...data.models].filter(([id]) => originOfModel(data, id) === 'west');
  for (const [c, cm] of china)
    for (const [w, wm] of west)
      if (Math.abs(daysBetween(cm.released.value, wm.released.value)) <= CONTEMPORARY_DAYS && headToHead(data, c, w).rows.length >= MIN_SHARED) add(c, w, 4);
  for (const p of pairs.values()) p.reasons.sort();
  return [...pairs.values()].sort((p, q) => p.id.localeCompare(q.id));
}

/** The models the claims about GLM-5.2 compare it with: every other model among their deciding and context figures. */
export function claimRivals(verdicts: ClaimVerdict[]): string[] {
  const out = new Set<string>();
  for (const v of claimsConcerning(verdicts, SUBJECT))
    for (const o of [v.atLaunch, v.atLaunchIndependent, v.today, ...v.alsoShown]) for (const l of o?.lines ?? []) for (const e of l.evidence ?? []) if (e.model !== SUBJECT) out.add(e.model);
  return [...out].sort();
}
