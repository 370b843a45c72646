/** /charts/<id>.json — the chart definition with its permalink, dataset version and licence, each document named once in `sources` (src/lib/charts/file.ts; unindented: a machine file). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFile } from '../../lib/charts/file';
import { chartFileStaticPaths, loadChartPage } from '../../site/charts';

export const getStaticPaths = (() => chartFileStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const p = await loadChartPage(params.id!);
  const body = {
    permalink: p.permalink,
    dataset: { version: p.version, asOf: p.asOf },
    license: 'CC BY 4.0 (our compilation; the figures are facts published by the sources named)',
    ...chartFile(p.def),
  };
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'content-type': 'application/json' } });
};
