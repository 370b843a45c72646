import type { APIRoute } from 'astro';
import { envelope } from '../../lib/export';
import { originOfModel } from '../../lib/origin';
import { loadDataset } from '../../site/dataset';
import { absoluteUrl } from '../../site/site-url';

/** Every model with its sourced facts and origin. */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  const items = [...data.models].map(([id, m]) => ({ id, origin: originOfModel(data, id), ...m, $schema: undefined }));
  return Response.json(envelope(data, absoluteUrl('/'), 'models', items));
};
