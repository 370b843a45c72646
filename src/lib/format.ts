/**
 * Numbers as people read them: the one module that rounds a number for display. Data files and
 * downloads keep every digit the source printed; pages, charts and images show a number at the
 * precision a reader of that scale expects, and never with more decimals than were printed:
 * - Elo ratings: whole points (LMArena's JSON carries 13 decimals; its board shows none);
 * - indexes: one decimal (Artificial Analysis prints its indexes so);
 * - percentages and points: as printed, at most two decimals (three on a 0–1 scale, or on
 *   points of unknown range), because data feeds print machine precision no board displays;
 * - derived numbers (gaps, differences): one decimal (whole points on Elo);
 * - prices: as printed, at most three decimals.
 * Pure and browser-safe: the chart element uses it too.
 */

/** The units a benchmark score can have (see src/schemas/benchmark.ts). */
export type ScoreUnit = '%' | 'points' | 'Elo' | 'index' | (string & {});

/** A scale's bounds, when known: a 0–1 scale keeps three decimals. */
export interface ScaleRange {
  min: number | null;
  max: number | null;
}

/** The most decimals a score on this scale is shown with. */
export function scoreDecimals(unit: ScoreUnit | undefined, range?: ScaleRange): number {
  if (unit === 'Elo') return 0;
  const bounded = range && range.min !== null && range.max !== null;
  if (bounded && range.max! - range.min! <= 1) return 3;
  if (unit === 'index') return 1;
  return bounded || unit !== 'points' ? 2 : 3;
}

/**
 * Rounds to at most `decimals` places, never adding digits that were not printed: 62.1 stays
 * 62.1, 71.2345 becomes 71.23, 1475.2392787 becomes 1475. Halves round away from zero.
 */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** decimals;
  const r = Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** A number with at most `decimals` places, as text with a minus sign (U+2212) for negatives. */
export function formatNumber(n: number, decimals: number): string {
  const r = roundTo(n, decimals);
  return (r < 0 ? '−' : '') + String(Math.abs(r));
}

/** A number with exactly `decimals` places ("57.0"), for columns of one scale. */
export const formatFixed = (n: number, decimals: number) => (n < 0 ? '−' : '') + Math.abs(roundTo(n, decimals)).toFixed(decimals);

/** A score's number alone, rounded for its scale: "62.1", "1475", "57.2". */
export function formatScoreValue(score: number, unit: ScoreUnit | undefined, range?: ScaleRange): string {
  const d = scoreDecimals(unit, range);
  return unit === 'index' ? formatFixed(score, d) : formatNumber(score, d);
}

/** A score in its unit as a reader writes it: "77.8%", "1475 Elo", "0.401 points", "57.2". */
export function formatScore(score: number, unit: ScoreUnit | undefined, range?: ScaleRange): string {
  const v = formatScoreValue(score, unit, range);
  if (unit === '%') return `${v}%`;
  if (unit === 'index' || !unit) return v;
  return `${v} ${unit}`;
}

/** A derived difference: one decimal, whole points on Elo; no sign unless `signed`. */
export function formatGap(gap: number, unit?: ScoreUnit, signed = false): string {
  const decimals = unit === 'Elo' || unit === 'rating' ? 0 : 1;
  const r = roundTo(gap, decimals);
  const text = formatNumber(signed ? r : Math.abs(r), decimals);
  return signed && r > 0 ? `+${text}` : text;
}

/**
 * Uncertainty in the form its source printed, rounded like its score: bounds as "3.4 to 3.6
 * (95% CI)", distances as "±1.1 (95% CI)" or "−5/+6 (95% CI)"; "" when none.
 */
export function formatUncertainty(
  u: { minus: number; plus: number; lower?: number; upper?: number; kind: string; printed?: 'bounds' | 'distances' } | undefined,
  unit?: ScoreUnit,
  range?: ScaleRange,
): string {
  if (!u) return '';
  const d = scoreDecimals(unit, range);
  if (u.printed === 'bounds' && u.lower !== undefined && u.upper !== undefined) return `${formatNumber(u.lower, d)} to ${formatNumber(u.upper, d)} (${u.kind})`;
  const [minus, plus] = [formatNumber(u.minus, d), formatNumber(u.plus, d)];
  return minus === plus ? `±${minus} (${u.kind})` : `−${minus}/+${plus} (${u.kind})`;
}

/** A position or length in a CSS box, in percent to a hundredth (finer is invisible): "9.84%". */
export const cssPercent = (x: number) => `${Math.round(x * 100) / 100}%`;

/** A price per million tokens: "$1.25", "¥4", "€0.075". */
export function formatPrice(n: number, currency: string): string {
  const symbol = ({ USD: '$', CNY: '¥', EUR: '€' } as Record<string, string>)[currency];
  const v = formatNumber(n, 3);
  return symbol ? `${symbol}${v}` : `${v} ${currency}`;
}

/** A ratio such as price-performance or a share: two significant decimals at most. */
export const formatRatio = (n: number) => formatNumber(n, n !== 0 && Math.abs(n) < 1 ? 3 : 2);

/** A whole count with thousands separators: "200,000". Rounds to a whole number first. */
export function formatCount(n: number): string {
  const r = roundTo(n, 0);
  return (r < 0 ? '−' : '') + String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A parameter count in billions, as printed (at most two decimals): "744 billion", "1.5 billion". */
export const formatBillions = (n: number) => `${formatNumber(n, 2)} billion`;

/**
 * Prose that quotes machine-precision numbers (a data feed's "rating_lower 1516.548029444045")
 * as a reader sees it: every number with four or more decimals is rounded to two. Numbers a
 * source prints at three decimals or fewer, and arXiv-style ids, are left as written.
 */
export const formatProse = (text: string) =>
  text.replace(/(?<![\w.]|arXiv[:\s]?|abs\/)(\d+)\.(\d{4,})(?![\w.])/gi, (m) => formatNumber(Number(m), 2));

/** A file size as a download link shows it: "812 bytes", "48 KB", "1.3 MB" (1 KB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, bytes < 10_000 ? 1 : 0)} KB`;
  return `${formatNumber(bytes / 1_000_000, 1)} MB`;
}
