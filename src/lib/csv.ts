/**
 * The one CSV writer (RFC 4180, CRLF line ends) for every download. Text that a spreadsheet
 * would run as a formula (a cell starting with =, +, -, @, a tab or a carriage return: OWASP
 * "CSV injection") is prefixed with a single quote; numbers are written as they are.
 */

/** A value a CSV cell may hold. */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make Excel, LibreOffice and Google Sheets read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: text that starts like a formula neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table: the header, then one line per row, every line CRLF-terminated. */
export function csvTable(columns: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}
