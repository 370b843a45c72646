/**
 * Citations of a page of the site in the common styles. Each names the permalink, the dataset
 * version and the access date, so a reader can find exactly what the citer saw.
 */

export interface CitationInput {
  /** The page's title, e.g. "Claim: GLM-5.2 needs significantly fewer parameters". */
  title: string;
  /** The permalink (absolute URL). */
  url: string;
  /** Dataset version (content hash). */
  version: string;
  /** Date the data is as of (YYYY-MM-DD); its year is the publication year. */
  dataAsOf: string;
  /** The reader's access date (YYYY-MM-DD). */
  accessed: string;
  /** A BibTeX key, e.g. "ledger-claim-fewer-parameters". */
  key: string;
}

export interface Citations {
  plain: string;
  apa: string;
  mla: string;
  bibtex: string;
}

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (d: string) => d.split('-').map(Number) as [number, number, number];

/** A page's citation in plain text, APA 7, MLA 9 and BibTeX. */
export function citePage(c: CitationInput): Citations {
  const [y, m, d] = parts(c.dataAsOf);
  const [ay, am, ad] = parts(c.accessed);
  const bib = (s: string) => s.replace(/[{}\\]/g, '');
  return {
    plain: `Benchmark Ledger, "${c.title}", dataset version ${c.version} (data as of ${c.dataAsOf}). ${c.url} (accessed ${c.accessed}).`,
    apa: `Benchmark Ledger. (${y}, ${LONG_MONTHS[m - 1]} ${d}). ${c.title} (Dataset version ${c.version}) [Data set]. Retrieved ${LONG_MONTHS[am - 1]} ${ad}, ${ay}, from ${c.url}`,
    mla: `"${c.title}." Benchmark Ledger, dataset version ${c.version}, ${d} ${MONTHS[m - 1]} ${y}, ${c.url.replace(/^https?:\/\//, '')}. Accessed ${ad} ${MONTHS[am - 1]} ${ay}.`,
    bibtex: [
      `@misc{${c.key},`,
      `  title = {${bib(c.title)}},`,
      `  author = {{Benchmark Ledger}},`,
      `  year = {${y}},`,
      `  howpublished = {\\url{${c.url}}},`,
      `  note = {Dataset version ${c.version}, data as of ${c.dataAsOf}. Accessed ${c.accessed}},`,
      `}`,
    ].join('\n'),
  };
}
