import type { APIRoute } from 'astro';
import { pairCsv, pairPaths } from '../../site/compare-files';

export const getStaticPaths = pairPaths;

/** A head-to-head's like-for-like rows as CSV. */
export const GET: APIRoute = async ({ props }) =>
  new Response(await pairCsv(props.a as string, props.b as string), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
