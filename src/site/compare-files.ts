/** The downloads beside a compare page: its like-for-like rows as CSV and JSON. */
import type { GetStaticPaths } from 'astro';
import { COMPARE_COLUMNS, compareExportRows } from '../lib/compare/export';
import { headToHead } from '../lib/compare/head-to-head';
import { comparePath } from '../lib/compare/pairs';
import { envelope, toCsv } from '../lib/export';
import { loadPairs } from './compare';
import { loadDataset } from './dataset';
import { absoluteUrl } from './site-url';

/** One route per pair. */
export const pairPaths = (async () => (await loadPairs()).map((p) => ({ params: { pair: p.id }, props: { a: p.a, b: p.b } }))) satisfies GetStaticPaths;

/** The rows of one pair. */
export async function pairRows(a: string, b: string) {
  const data = await loadDataset();
  return { data, rows: compareExportRows(data, headToHead(data, a, b)) };
}

/** The CSV of one pair. */
export const pairCsv = async (a: string, b: string) => toCsv((await pairRows(a, b)).rows, COMPARE_COLUMNS);

/** The JSON of one pair, with licence and citation. */
export async function pairJson(a: string, b: string) {
  const { data, rows } = await pairRows(a, b);
  return { ...envelope(data, absoluteUrl('/'), `head-to-head of ${a} and ${b}`, rows), page: absoluteUrl(comparePath(a, b)) };
}
