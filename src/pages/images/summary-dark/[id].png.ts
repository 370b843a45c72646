/** /images/summary-dark/<chart-id>.png — the social preview of a chart that heads a model page, drawn in the dark theme. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartOgPng } from '../../../render/chart-image';
import { DARK } from '../../../lib/charts/theme';
import { summaryCharts } from '../../../lib/summary-chart';
import { imageCaption, loadChartPage } from '../../../site/charts';
import { loadDataset } from '../../../site/dataset';

export const getStaticPaths = (async () => summaryCharts(await loadDataset()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const p = await loadChartPage(params.id!);
  return new Response(new Uint8Array(await chartOgPng(p.def, imageCaption(p), DARK)), { headers: { 'content-type': 'image/png' } });
};
