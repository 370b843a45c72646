/**
 * Long tables are laid out only when the reader scrolls near them (CSS `content-visibility`),
 * so a page with hundreds of rows draws its top at once. Measured on the 134-row GPQA Diamond
 * chart page at a phone's speed (CPU slowed 4×): laying the table out took 0.4 s of the first
 * render and 0.3 s again when the chart script added its buttons. Their text stays in the page
 * (found by find-in-page, read by screen readers, reached by links to a row).
 */

/** Tables with more rows than this are laid out when scrolled near. */
export const LONG_TABLE_ROWS = 40;
/** The height a long table's box reserves per row until it is first laid out (its last height after that). */
export const RESERVED_REM_PER_ROW = 3;

/** The attributes of the box round a table of `rows` rows. */
export function tableWrap(rows: number): { class: string; style?: string } {
  return rows > LONG_TABLE_ROWS ? { class: 'table-wrap long', style: `--reserve:${rows * RESERVED_REM_PER_ROW}rem` } : { class: 'table-wrap' };
}
