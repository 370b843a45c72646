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
/**
 * Rule 4 gives each Chinese model at most this many Western contemporaries, so pages grow
 * linearly with models. 5: today 29 of the 31 Chinese models with any qualifying contemporary
 * have at least 5 (most 8–12), so the cap holds for nearly all and three times the models give
 * 2.9 times the pairs; with 10 the cap held for few today and three times the models gave 3.4 times.
 */
export const MAX_CONTEMPORARIES = 5;

/** The rule, printed on /compare/. */
export const PAIR_RULE =
  `Pairs are chosen by rule, not by hand: (1) GLM-5.2 against every model printed beside it in one of Z.ai's own GLM-5.2 documents (its launch table), ` +
  `(2) against every rival the article's claims are tested on (the best rival on each benchmark of a claim about GLM-5.2), ` +
  `(3) against every open-weight Western model with a disclosed parameter count, ` +
  `(4) every Chinese model against at most ${MAX_CONTEMPORARIES} Western contemporaries (Western models released within ${CONTEMPORARY_DAYS} days of it that share at least ${MIN_SHARED} like-for-like benchmarks with it), ` +
  `the nearest release date first, then the one sharing more like-for-like benchmarks, then by model id, and ` +
  `(5) any other pair whose page was published before, so that a published page never disappears. ` +
  `A page's address names the two model ids in alphabetical order; the other order redirects to it.`;

export interface Pair {
  /** The id: `<a>-vs-<b>`, a < b. */
  id: string;
  a: string;
  b: string;
  /** Which parts of the rule chose it (1–4; 5 alone: published before and chosen by no other part). */
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
/** The pairs whose pages a list of published paths holds (permalinks.txt), as [a, b] with a < b. */
export const pairsInPaths = (paths: Iterable<string>): [string, string][] =>
  [...paths].flatMap((p) => {
    const m = /^\/compare\/(.+)-vs-(.+)\/$/.exec(p);
    return m && m[1]! < m[2]! ? [[m[1]!, m[2]!] as [string, string]] : [];
  });

/**
 * Rule 4 for one Chinese model: its Western contemporaries sharing at least MIN_SHARED
 * like-for-like benchmarks, nearest release first, then more shared, then id; the first
 * MAX_CONTEMPORARIES. Walks release distances outwards, so it computes head-to-heads only
 * for the nearest candidates.
 */
export function contemporaries(data: Dataset, china: string, west: Iterable<string>): string[] {
  const released = data.models.get(china)?.released.value;
  if (!released) return [];
  const near = [...west].flatMap((w) => {
    const wr = data.models.get(w)?.released.value;
    const days = wr ? Math.abs(daysBetween(released, wr)) : Infinity;
    return days <= CONTEMPORARY_DAYS ? [{ w, days }] : [];
  }).sort((x, y) => x.days - y.days || (x.w < y.w ? -1 : 1));
  const out: string[] = [];
  for (let i = 0; i < near.length && out.length < MAX_CONTEMPORARIES;) {
    const days = near[i]!.days;
    const tied: { w: string; shared: number }[] = [];
    for (; i < near.length && near[i]!.days === days; i++) {
      const shared = headToHead(data, china, near[i]!.w).rows.length;
      if (shared >= MIN_SHARED) tied.push({ w: near[i]!.w, shared });
    }
    tied.sort((x, y) => y.shared - x.shared || (x.w < y.w ? -1 : 1));
    out.push(...tied.slice(0, MAX_CONTEMPORARIES - out.length).map((t) => t.w));
  }
  return out;
}

/**
 * Every pair the rule chooses, by id.
 * @param claimRivals models the claims about GLM-5.2 compare it with (from the verdicts)
 * @param published pairs whose pages were published before (rule 5; the site reads them from permalinks.txt)
 */
export function comparePairs(data: Dataset, claimRivals: Iterable<string> = [], published: Iterable<readonly [string, string]> = []): Pair[] {
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
  const ids = [...data.models.keys()];
  const west = ids.filter((id) => originOfModel(data, id) === 'west');
  for (const c of ids.filter((id) => originOfModel(data, id) === 'china')) for (const w of contemporaries(data, c, west)) add(c, w, 4);
  for (const [x, y] of published) if (!pairs.has(pairId(x, y))) add(x, y, 5);
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
