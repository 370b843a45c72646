import type { APIRoute } from 'astro';
import { envelope, exportMeasurements } from '../../lib/export';
import { loadDataset } from '../../site/dataset';
import { absoluteUrl } from '../../site/site-url';

/** Every measurement (a number measured once) with every document that prints it, with licence and citation. */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  return Response.json(envelope(data, absoluteUrl('/'), 'measurements', exportMeasurements(data)));
};
