import type { APIRoute } from 'astro';
import { versionPaths, versionZip } from '../../../../site/version-files';

export const getStaticPaths = versionPaths;

/** One version's whole dataset as an archive. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await versionZip(params.version!), { headers: { 'content-type': 'application/zip' } });
