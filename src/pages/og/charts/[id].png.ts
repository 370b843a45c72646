/** /og/charts/<id>.png — the 1200×630 social preview of a chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartOgPng } from '../../../render/chart-image';
import { chartFileStaticPaths, imageCaption, loadChartPage } from '../../../site/charts';

export const getStaticPaths = (() => chartFileStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const p = await loadChartPage(params.id!);
  return new Response(new Uint8Array(await chartOgPng(p.def, imageCaption(p))), { headers: { 'content-type': 'image/png' } });
};
