/**
 * How a bar's label fits beside a phone-sized or desktop plot, by one stated rule (LABEL_RULE):
 * labels are wrapped, never silently cut, and every label begins with the bar's rank, so two
 * bars can never read alike. Pure and browser-safe.
 */

/** The rule in words, for the chart notes and README. */
export const LABEL_RULE =
  'Bar labels begin with the bar\'s rank (the # column of the table) and are wrapped at spaces and hyphens, never cut, ' +
  'on two lines at most; on a phone-sized plot a name too long even for two lines ends in "…" after its rank, and the ' +
  'table and the chart\'s accessible description give every name in full. A model with several bars has each labelled ' +
  'with what tells them apart: its measurer (on a chart of several measurers) and the settings that differ among one ' +
  'measurer\'s bars ("GPT-5.4 · effort xhigh"). A measurer\'s name is written without its parenthesis ' +
  '("SWE-bench", not "SWE-bench (Princeton and Stanford team)").';

/** Whether a plot is phone-sized (its labels are smaller and wrap sooner). */
export const isNarrow = (plotWidth: number) => plotWidth < 560;
/** Characters per label line: phone-sized plots and wider ones. */
export const labelWidth = (plotWidth: number) => (isNarrow(plotWidth) ? 16 : 48);
/** Label font size in pixels (10 px lines fit two to a 30-px phone bar slot). */
export const labelFontSize = (plotWidth: number) => (isNarrow(plotWidth) ? 10 : 12);
export const MAX_LABEL_LINES = 2;

/** An organization's name as a label writes it: without a trailing parenthesis. */
export const shortOrgName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '') || name;

/**
 * Splits a label into lines of at most `width` characters, breaking after spaces and hyphens;
 * beyond `maxLines` the last line ends in "…" (keeping any trailing footnote marks).
 */
export function wrapLabel(label: string, width: number, maxLines = MAX_LABEL_LINES): string[] {
  const marks = /(?: [†‡°])+$/.exec(label)?.[0] ?? '';
  const body = label.slice(0, label.length - marks.length);
  const tokens = body.match(/[^\s-]+-?|\s+/g) ?? [body];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) { if (cur) cur += ' '; continue; }
    if (cur && (cur + tok).length > width) { lines.push(cur.trimEnd()); cur = ''; }
    cur += tok;
  }
  if (cur) lines.push(cur.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = `${last.slice(0, Math.max(1, width - 1 - marks.length)).replace(/[\s·-]+$/, '')}…`;
    return kept.map((l, i) => (i === maxLines - 1 ? l + marks : l));
  }
  lines[lines.length - 1] += marks;
  return lines;
}
