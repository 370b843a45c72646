import type { APIRoute } from 'astro';
import { EEE_SCHEMA_COMMIT, EEE_SCHEMA_VERSION } from '../../../lib/eee/schema';
import { envelope } from '../../../lib/export';
import { loadDataset } from '../../../site/dataset';
import { loadEee } from '../../../site/eee';
import { absoluteUrl } from '../../../site/site-url';

/** The list of every Every Eval Ever file, with the schema it follows. */
export const GET: APIRoute = async () => {
  const files = [...(await loadEee()).keys()].map((p) => absoluteUrl(`/data/eee/${p}`));
  return Response.json({
    ...envelope(await loadDataset(), absoluteUrl('/'), 'Every Eval Ever records, one per measurement', files),
    schema: { name: 'Every Eval Ever eval.schema.json', version: EEE_SCHEMA_VERSION, repository: 'evaleval/every_eval_ever', commit: EEE_SCHEMA_COMMIT },
  });
};
