/** /charts/<id>.csv — the figures behind a chart, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../lib/charts/csv';
import { chartFileStaticPaths, loadChartPage } from '../../site/charts';

export const getStaticPaths = (() => chartFileStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { def } = await loadChartPage(params.id!);
  return new Response(chartCsv(def), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
