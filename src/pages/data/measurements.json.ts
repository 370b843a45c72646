import type { APIRoute } from 'astro';
import { measurementsFile } from '../../lib/export';
import { loadDataset } from '../../site/dataset';
import { absoluteUrl } from '../../site/site-url';

/** Every measurement (a number measured once) with every document that prints it (each named once in `sources`), with licence and citation. */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  return Response.json(measurementsFile(data, absoluteUrl('/')));
};
