import type { APIRoute } from 'astro';
import { envelope } from '../../lib/export';
import { isSecondary } from '../../lib/provenance';
import { loadDataset } from '../../site/dataset';
import { absoluteUrl } from '../../site/site-url';

/** Every source, with whether it is secondary and how many figures were read in it. */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  const counts = new Map<string, number>();
  for (const r of data.results) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
  const items = [...data.sources].map(([id, s]) => ({ id, ...s, $schema: undefined, secondary: isSecondary(data, id), figures: counts.get(id) ?? 0 }));
  return Response.json(envelope(data, absoluteUrl('/'), 'sources', items));
};
