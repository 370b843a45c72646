/** /og/claims/<id>.png — the 1200×630 social preview of a claim. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetVersion } from '../../../lib/dataset-version';
import { claimCardPng } from '../../../render/claim-card';
import { loadDataset } from '../../../site/dataset';
import { loadVerdicts } from '../../../site/verdicts';

export const getStaticPaths = (async () => (await loadVerdicts()).map((v) => ({ params: { id: v.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const v = (await loadVerdicts()).find((x) => x.id === params.id)!;
  const png = await claimCardPng(v, datasetVersion(await loadDataset()));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
