/**
 * How to cite a page of the site (a chart, a claim): plain text, APA, MLA and BibTeX, each
 * naming the permalink with the version it saw (`?v=`), the dataset version and the access date.
 */
import { versionedUrl } from '../versions/paths';

export interface CiteInput {
  id: string;
  title: string;
  /** Absolute URL of the chart page. */
  permalink: string;
  /** Dataset version (content hash). */
  version: string;
  /** Data as of (YYYY-MM-DD). */
  asOf: string;
  /** The day the reader saw the chart (YYYY-MM-DD). */
  accessed: string;
  /** What is cited, as it is named in the citation; "chart" unless given. */
  kind?: string;
}

export interface Citations {
  plain: string;
  apa: string;
  mla: string;
  bibtex: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const parts = (d: string) => d.split('-').map(Number) as [number, number, number];
/** "November 29, 2026" */
export const apaDate = (d: string) => { const [y, m, day] = parts(d); return `${MONTHS[m - 1]} ${day}, ${y}`; };
/** "29 Nov. 2026" */
export const mlaDate = (d: string) => { const [y, m, day] = parts(d); return `${day} ${MLA_MONTHS[m - 1]} ${y}`; };

/** Escapes BibTeX's special characters in a field. */
export const bibEscape = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`));

/** The four citations of a chart (or of another page, named by `kind`). */
export function citeChart(c: CiteInput): Citations {
  const year = c.asOf.slice(0, 4);
  const kind = c.kind ?? 'chart';
  const label = `${kind[0]!.toUpperCase()}${kind.slice(1)}; dataset version ${c.version}, data as of ${c.asOf}`;
  const url = versionedUrl(c.permalink, c.version);
  return {
    plain: `Benchmark Ledger, "${c.title}" (${kind}), dataset version ${c.version}, data as of ${c.asOf}. ${url} (accessed ${c.accessed}).`,
    apa: `Benchmark Ledger. (${year}). ${c.title} [${label}]. Retrieved ${apaDate(c.accessed)}, from ${url}`,
    mla: `"${c.title}." Benchmark Ledger, dataset version ${c.version}, data as of ${mlaDate(c.asOf)}, ${url}. Accessed ${mlaDate(c.accessed)}.`,
    bibtex: [
      `@misc{benchmarkledger-${c.id}-${c.version},`,
      `  author = {{Benchmark Ledger}},`,
      `  title = {{${bibEscape(c.title)}}},`,
      `  year = {${year}},`,
      `  howpublished = {\\url{${url}}},`,
      `  note = {${bibEscape(label)}; accessed ${c.accessed}}`,
      `}`,
    ].join('\n'),
  };
}
