/**
 * Measurement identity: the one module that decides which published rows are the *same number
 * measured once*. A measurement is a model on a benchmark (and variant) under some settings,
 * measured by one organization (the measurer). Every document that prints it is a citation of
 * it: Z.ai's blog, its model card and a press reprint of its launch table are three citations
 * of one Z.ai measurement, not three figures.
 *
 * Rows are one measurement when they have the same model, benchmark, variant and measurer, the
 * same score (on the benchmark's scale), and no setting that both state differs: a copy that
 * drops a footnote is still a copy. Its settings are the union of what its citations state.
 * Different numbers are never merged: they are separate measurements, and `conflicts.ts`
 * decides whether they are a revision or a conflict.
 */
import type { Result, Settings, Uncertainty } from '../schemas';
import type { Dataset, ResultRow } from './dataset';
import { measurerOf, provenanceOf, type Provenance } from './provenance';
import { comparedSettingsKey, mayBeSame, mergeSettings } from './settings';

export interface Measurement {
  /** Stable, readable id: model, benchmark, variant, measurer and score (plus a settings tag when two would collide). */
  id: string;
  model: string;
  benchmark: string;
  variant?: string | undefined;
  /** The organization that measured it (organization id). */
  measurer: string;
  /** Who measured it relative to who built the model: derived, never typed. */
  provenance: Provenance;
  /** The score in the benchmark's own unit (a "fraction" row is converted to percent). */
  score: number;
  /** Every setting any citation states. */
  settings: Settings;
  /** The published interval, in the benchmark's unit, from the first citation that prints one. */
  uncertainty?: Interval | undefined;
  /** Every row that prints this measurement, first published first. */
  citations: ResultRow[];
  /** Publication date of the first citation (null when no citation is dated). */
  firstPublished: string | null;
}

/** A variant as a key: case, spaces and punctuation do not matter. */
export const variantKey = (v?: string) => (v ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The printed score of a row on its benchmark's scale. A "fraction" row is multiplied by 100 by
 * moving the decimal point of its shortest printed form two places (0.779026217228464 →
 * 77.9026217228464), so every printed digit is kept and no floating-point product is rounded.
 */
export function scaledScore(row: Pick<Result, 'score' | 'scale'>): number {
  if (row.scale !== 'fraction') return row.score;
  const [mantissa, exponent = '0'] = String(row.score).split('e');
  return Number(`${mantissa}e${Number(exponent) + 2}`);
}

/**
 * A published interval on the benchmark's scale, in both forms: the form the source printed
 * (`printed`) is kept exactly, the other is derived here and only here.
 */
export interface Interval {
  lower: number;
  upper: number;
  /** How far below the score the interval reaches. */
  minus: number;
  /** How far above the score the interval reaches. */
  plus: number;
  kind: string;
  /** Which form the source printed: "bounds" (lower, upper) or "distances" (minus, plus). */
  printed: 'bounds' | 'distances';
}

/** A printed number as an integer and a decimal scale (n = digits × 10^−scale), read from its shortest decimal form. */
function decimalParts(n: number): { digits: bigint; scale: number } {
  const [mantissa = '0', exponent = '0'] = String(n).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= BigInt(10) ** BigInt(-scale);
    scale = 0;
  }
  return { digits: negative ? -digits : digits, scale };
}

/**
 * a + sign × b in decimal, on the digits as printed: 3.5 − 3.4 is 0.1, not the binary
 * 0.10000000000000009, so a derived distance or bound carries no floating-point noise.
 */
export function decimalSum(a: number, b: number, sign: 1 | -1): number {
  const x = decimalParts(a);
  const y = decimalParts(b);
  const scale = Math.max(x.scale, y.scale);
  const ten = BigInt(10);
  const total = x.digits * ten ** BigInt(scale - x.scale) + BigInt(sign) * y.digits * ten ** BigInt(scale - y.scale);
  const text = (total < 0 ? -total : total).toString().padStart(scale + 1, '0');
  const point = text.length - scale;
  return Number(`${total < 0 ? '-' : ''}${text.slice(0, point)}${scale ? `.${text.slice(point)}` : ''}`);
}

/** Both forms of a printed interval around a score, on the score's own scale (no rescaling); the derived form is computed in decimal. */
export function intervalAround(score: number, u: Uncertainty): Interval {
  return 'lower' in u
    ? { lower: u.lower, upper: u.upper, minus: decimalSum(score, u.lower, -1), plus: decimalSum(u.upper, score, -1), kind: u.kind, printed: 'bounds' }
    : { lower: decimalSum(score, u.minus, -1), upper: decimalSum(score, u.plus, 1), minus: u.minus, plus: u.plus, kind: u.kind, printed: 'distances' };
}

/** The row's interval on its benchmark's scale, both forms (a "fraction" row's numbers are converted like its score). */
export function scaledUncertainty(row: Pick<Result, 'score' | 'uncertainty' | 'scale'>): Interval | undefined {
  const u = row.uncertainty;
  if (!u) return undefined;
  const s = (n: number) => scaledScore({ score: n, scale: row.scale });
  const scaled: Uncertainty = 'lower' in u ? { ...u, lower: s(u.lower), upper: s(u.upper) } : { ...u, minus: s(u.minus), plus: s(u.plus) };
  return intervalAround(scaledScore(row), scaled);
}

/** Equal as numbers, allowing for floating-point noise only. */
export const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A text as an id part: lowercase words joined by single hyphens. */
export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** A score as an id part: "61-1", "minus-1-5". */
export const scoreSlug = (n: number) => (n < 0 ? 'minus-' : '') + String(Math.abs(n)).replace(/[^0-9a-z]+/gi, '-');

/** A short, stable hash of a text (FNV-1a, 32 bits, as 6 hex digits). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** Citation order: first published first (undated last), then source id, then position. */
function byPublication(data: Dataset) {
  const date = (r: ResultRow) => data.sources.get(r.source)?.published ?? '9999-99-99';
  return (a: ResultRow, b: ResultRow) => date(a).localeCompare(date(b)) || a.source.localeCompare(b.source) || a.index - b.index;
}

/** `compute` run once per dataset: later calls with the same dataset return the first answer. */
export function oncePerDataset<T>(compute: (data: Dataset) => T): (data: Dataset) => T {
  const memo = new WeakMap<Dataset, T>();
  return (data) => {
    if (!memo.has(data)) memo.set(data, compute(data));
    return memo.get(data)!;
  };
}

export interface MeasurementIndex {
  /** Every measurement, in id order. */
  all: Measurement[];
  byId: Map<string, Measurement>;
  /** The measurement each row cites, by row key `<source>-<index>`. */
  byRow: Map<string, Measurement>;
}

/** The stable key of a result row: `<source>-<index>`. */
export const rowKey = (r: Pick<ResultRow, 'source' | 'index'>) => `${r.source}-${r.index}`;

/** Every measurement of the dataset, computed once per dataset. */
export const measurementIndex = oncePerDataset(computeIndex);

/**
 * A lookup from a measurement's id to the one group (a conflict, a relabelling) it is part of,
 * built once per dataset from `find`. Each group lists its measurements; a measurement in none
 * gets undefined.
 */
export function byMeasurementOf<G extends { measurements: readonly { id: string }[] }>(find: (data: Dataset) => G[]): (data: Dataset, measurementId: string) => G | undefined {
  const index = oncePerDataset((data) => {
    const byId = new Map<string, G>();
    for (const g of find(data)) for (const m of g.measurements) byId.set(m.id, g);
    return byId;
  });
  return (data, measurementId) => index(data).get(measurementId);
}

/** Every measurement of the dataset, in id order. */
export const measurementsOf = (data: Dataset): Measurement[] => measurementIndex(data).all;

/** One measurement by id. */
export const measurementById = (data: Dataset, id: string): Measurement | undefined => measurementIndex(data).byId.get(id);

/** The measurement a row is a citation of (undefined for a row whose model or source is unknown). */
export const measurementOfRow = (data: Dataset, row: Pick<ResultRow, 'source' | 'index'>): Measurement | undefined =>
  measurementIndex(data).byRow.get(rowKey(row));

function computeIndex(data: Dataset): MeasurementIndex {
  const groups = new Map<string, ResultRow[]>();
  for (const row of [...data.results].sort(byPublication(data))) {
    const measurer = measurerOf(data, row);
    if (!measurer || !data.models.has(row.model)) continue;
    const key = [row.model, row.benchmark, variantKey(row.variant), measurer].join('|');
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const built: Measurement[] = [];
  for (const [key, rows] of groups) {
    const measurer = key.split('|')[3]!;
    const found: Measurement[] = [];
    for (const row of rows) {
      const score = scaledScore(row);
      const m = found.find((x) => sameNumber(x.score, score) && mayBeSame(x.settings, row.settings));
      if (m) {
        m.citations.push(row);
        m.settings = mergeSettings(m.settings, row.settings);
        m.uncertainty ??= scaledUncertainty(row);
        continue;
      }
      const model = data.models.get(row.model)!;
      found.push({
        id: '',
        model: row.model,
        benchmark: row.benchmark,
        variant: row.variant,
        measurer,
        provenance: provenanceOf(data, measurer, model.developer),
        score,
        settings: { ...row.settings },
        uncertainty: scaledUncertainty(row),
        citations: [row],
        firstPublished: data.sources.get(row.source)?.published ?? null,
      });
    }
    built.push(...found);
  }
  assignIds(built);
  const all = built.sort((a, b) => a.id.localeCompare(b.id));
  const byRow = new Map<string, Measurement>();
  for (const m of all) for (const r of m.citations) byRow.set(rowKey(r), m);
  return { all, byId: new Map(all.map((m) => [m.id, m])), byRow };
}

/** Readable ids; measurements that would share one get a tag of their settings, then a counter. */
function assignIds(ms: Measurement[]): void {
  const base = (m: Measurement) =>
    [m.model, m.benchmark, m.variant ? slug(m.variant) : '', m.measurer, scoreSlug(m.score)].filter(Boolean).join('--');
  const byBase = new Map<string, Measurement[]>();
  for (const m of ms) byBase.set(base(m), [...(byBase.get(base(m)) ?? []), m]);
  for (const [b, list] of byBase) {
    if (list.length === 1) {
      list[0]!.id = b;
      continue;
    }
    const used = new Set<string>();
    for (const m of list) {
      let id = `${b}--s${shortHash(comparedSettingsKey(m.settings))}`;
      for (let n = 2; used.has(id); n++) id = `${b}--s${shortHash(comparedSettingsKey(m.settings))}-${n}`;
      used.add(id);
      m.id = id;
    }
  }
}
