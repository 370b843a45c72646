import type { APIRoute } from 'astro';
import { envelope, exportRows } from '../../lib/export';
import { loadDataset } from '../../site/dataset';
import { absoluteUrl } from '../../site/site-url';

/** Every published figure as flat rows, with licence and citation. */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  return Response.json(envelope(data, absoluteUrl('/'), 'results', exportRows(data)));
};
