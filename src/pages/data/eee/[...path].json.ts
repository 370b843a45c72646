import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEee } from '../../../site/eee';

/** One file per measurement, in Every Eval Ever's layout: {benchmark}/{developer}/{model}/{uuid}. */
export const getStaticPaths = (async () => [...(await loadEee()).keys()].map((p) => ({ params: { path: p.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

/** The record of one measurement (schema: Every Eval Ever 0.3.0). */
export const GET: APIRoute = async ({ params }) =>
  new Response((await loadEee()).get(`${params.path}.json`)!, { headers: { 'content-type': 'application/json' } });
