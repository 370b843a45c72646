import type { APIRoute } from 'astro';
import { versionCsv, versionPaths } from '../../../../site/version-files';

export const getStaticPaths = versionPaths;

/** One version's figures as CSV. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await versionCsv(params.version!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
