/** /charts/<id>.png — the chart drawn at build time by the same definition the browser uses. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPng } from '../../render/chart-image';
import { chartFileStaticPaths, imageCaption, loadChartPage } from '../../site/charts';

export const getStaticPaths = (() => chartFileStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const p = await loadChartPage(params.id!);
  return new Response(new Uint8Array(await chartPng(p.def, imageCaption(p))), { headers: { 'content-type': 'image/png' } });
};
