import type { APIRoute } from 'astro';
import { EXPORT_COLUMNS, exportRows, toCsv } from '../../lib/export';
import { loadDataset } from '../../site/dataset';

/** Every published figure as CSV (licence and citation: /data/results.json and /data/). */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  return new Response(toCsv(exportRows(data), EXPORT_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
