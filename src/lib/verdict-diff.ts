/**
 * What a change to the data changes: figures added, removed or altered, conflicts opened or
 * resolved, chart values that move, and claim verdicts that flip. Pure: it compares two
 * datasets; scripts/verdict-diff.ts reads them from git and the working tree.
 */
import { findConflicts } from './conflicts';
import type { Dataset, ResultRow } from './dataset';
import { chartPath } from './charts/ids';
import { barChartIdOf } from './charts/list';
import { settingsKey } from './settings';
import { judgeAll, type ClaimVerdict } from './verdicts';

const keyOf = (r: ResultRow) => [r.source, r.model, r.benchmark, (r.variant ?? '').toLowerCase(), settingsKey(r.settings)].join('|');

export interface DataDiff {
  added: ResultRow[];
  removed: ResultRow[];
  changed: { before: ResultRow; after: ResultRow }[];
  conflictsOpened: string[];
  conflictsClosed: string[];
  /** Chart paths whose values change. */
  charts: string[];
  /** Verdicts that change: at launch (the verdict shown), on independent figures alone, or today. */
  verdicts: { id: string; which: VerdictKind; before: string; after: string }[];
}

/** The three verdicts of a claim. */
export type VerdictKind = 'at launch' | 'independent' | 'today';
const KINDS: [VerdictKind, (v: ClaimVerdict) => string | undefined][] = [
  ['at launch', (v) => v.verdict],
  ['independent', (v) => v.verdictIndependent],
  ['today', (v) => v.verdictToday],
];

/** Compares the dataset before and after a change. */
export function diffData(before: Dataset, after: Dataset, articleText?: string): DataDiff {
  const old = new Map(before.results.map((r) => [keyOf(r), r]));
  const now = new Map(after.results.map((r) => [keyOf(r), r]));
  const added = [...now].filter(([k]) => !old.has(k)).map(([, r]) => r);
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, r]) => r);
  const changed = [...now].flatMap(([k, r]) => {
    const o = old.get(k);
    return o && o.score !== r.score ? [{ before: o, after: r }] : [];
  });
  const cBefore = new Set(findConflicts(before).map((c) => c.id));
  const cAfter = new Set(findConflicts(after).map((c) => c.id));
  const chartId = (r: ResultRow) => barChartIdOf(after, r.benchmark, r.variant) ?? barChartIdOf(before, r.benchmark, r.variant);
  const charts = [...new Set([...added, ...removed, ...changed.map((c) => c.after)].flatMap((r) => chartId(r) ?? []).map(chartPath))].sort();
  const vBefore = new Map(judgeAll(before, articleText).map((v) => [v.id, v]));
  const verdicts = judgeAll(after, articleText).flatMap((v) =>
    KINDS.flatMap(([which, get]) => {
      const old = vBefore.get(v.id);
      const b = old ? get(old) ?? '—' : '(new claim)';
      const a = get(v) ?? '—';
      return b !== a ? [{ id: v.id, which, before: b, after: a }] : [];
    }),
  );
  return {
    added, removed, changed,
    conflictsOpened: [...cAfter].filter((c) => !cBefore.has(c)).sort(),
    conflictsClosed: [...cBefore].filter((c) => !cAfter.has(c)).sort(),
    charts, verdicts,
  };
}

const row = (r: ResultRow) => `| ${r.model} | ${r.benchmark}${r.variant ? ` (${r.variant})` : ''} | ${r.score} | ${r.source} |`;
const LIMIT = 30;
const rows = (rs: ResultRow[]) => [...rs.slice(0, LIMIT).map(row), ...(rs.length > LIMIT ? [`| … and ${rs.length - LIMIT} more | | | |`] : [])];

/** The diff as Markdown for a pull-request comment. */
export function diffMarkdown(d: DataDiff, ref: string): string {
  const out = [`## What this change does to the ledger (against \`${ref}\`)`, ''];
  const nothing = !d.added.length && !d.removed.length && !d.changed.length && !d.verdicts.length && !d.conflictsOpened.length && !d.conflictsClosed.length;
  if (nothing) return [...out, 'No figure, conflict, chart value or verdict changes.', ''].join('\n');
  out.push(`**Verdicts:** ${d.verdicts.length ? '' : 'none change.'}`);
  for (const v of d.verdicts) out.push(`- \`${v.id}\` (${v.which}): ${v.before} → **${v.after}**`);
  out.push('', `**Figures:** ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed.`);
  if (d.added.length) out.push('', '<details><summary>Added</summary>', '', '| model | benchmark | score | source |', '|---|---|---|---|', ...rows(d.added), '', '</details>');
  if (d.removed.length) out.push('', '<details><summary>Removed</summary>', '', '| model | benchmark | score | source |', '|---|---|---|---|', ...rows(d.removed), '', '</details>');
  if (d.changed.length) out.push('', '| model | benchmark | before | after | source |', '|---|---|---|---|---|', ...d.changed.slice(0, LIMIT).map((c) => `| ${c.after.model} | ${c.after.benchmark} | ${c.before.score} | ${c.after.score} | ${c.after.source} |`));
  if (d.conflictsOpened.length || d.conflictsClosed.length)
    out.push('', `**Conflicts:** ${d.conflictsOpened.length} new (${d.conflictsOpened.slice(0, 10).join(', ') || '—'}), ${d.conflictsClosed.length} resolved (${d.conflictsClosed.slice(0, 10).join(', ') || '—'}).`);
  if (d.charts.length) out.push('', `**Charts whose values change:** ${d.charts.slice(0, 20).map((c) => `\`${c}\``).join(', ')}${d.charts.length > 20 ? ` and ${d.charts.length - 20} more` : ''}.`);
  out.push('');
  return out.join('\n');
}
