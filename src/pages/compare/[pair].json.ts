import type { APIRoute } from 'astro';
import { pairJson, pairPaths } from '../../site/compare-files';

export const getStaticPaths = pairPaths;

/** A head-to-head's like-for-like rows as JSON, with licence and citation. */
export const GET: APIRoute = async ({ props }) => Response.json(await pairJson(props.a as string, props.b as string));
