import type { APIRoute } from 'astro';
import { versionJson, versionPaths } from '../../../../site/version-files';

export const getStaticPaths = versionPaths;

/** One version's figures as JSON, with licence and citation. */
export const GET: APIRoute = async ({ params }) => Response.json(await versionJson(params.version!));
