/**
 * Long pages in sections: items grouped under a key (a benchmark category, a benchmark), in the
 * order keys first appear, each with an anchor and a count for the page's table of contents.
 * Pure presentation logic: which items exist and in what order is decided by the data modules.
 */

/** A section has a table of contents entry and collapses (a closed <details>) above this many items. */
export const COLLAPSE_ABOVE = 12;
/** A page gets a table of contents and sections only above this many items. */
export const SECTIONS_ABOVE = 24;

export interface Section<T> {
  key: string;
  label: string;
  /** The element id the table of contents links to. */
  anchor: string;
  items: T[];
  /** Whether the section starts closed. */
  collapsed: boolean;
}

/** An id-safe slug of a key, prefixed: ("sec", "Agentic coding") → "sec-agentic-coding". */
export const anchorOf = (prefix: string, key: string) => `${prefix}-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other'}`;

/**
 * Groups items by key, keys in order of first appearance.
 * @param count how many figures an item stands for (a group of rows counts its rows); default 1
 */
export function sections<T>(items: T[], keyOf: (t: T) => string, labelOf: (key: string) => string, prefix = 'sec', count: (t: T) => number = () => 1): Section<T>[] {
  const byKey = new Map<string, T[]>();
  for (const t of items) {
    const k = keyOf(t);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(t);
  }
  return [...byKey].map(([key, list]) => ({
    key,
    label: labelOf(key),
    anchor: anchorOf(prefix, key),
    items: list,
    collapsed: list.reduce((n, t) => n + count(t), 0) > COLLAPSE_ABOVE,
  }));
}

/** The number of figures in a section. */
export const sectionCount = <T>(s: Section<T>, count: (t: T) => number = () => 1) => s.items.reduce((n, t) => n + count(t), 0);
