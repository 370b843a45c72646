/** /charts/<id>.svg — the chart as SVG, real text in an embedded subset of the image font. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvg } from '../../render/chart-image';
import { chartFileStaticPaths, imageCaption, loadChartPage } from '../../site/charts';

export const getStaticPaths = (() => chartFileStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const p = await loadChartPage(params.id!);
  return new Response(new Uint8Array(await chartSvg(p.def, imageCaption(p))), { headers: { 'content-type': 'image/svg+xml' } });
};
