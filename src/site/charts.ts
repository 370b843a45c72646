/**
 * Charts as pages read them: the definition, the dataset version and date, the permalink and
 * the citations, computed by lib from the build's dataset.
 */
import type { GetStaticPathsResult } from 'astro';
import { citeChart, type Citations } from '../lib/charts/cite';
import { CHART_FILES, chartFilePath, chartOgPath, chartPath, embedPath, type ChartFile } from '../lib/charts/ids';
import { chartFor, listCharts } from '../lib/charts/list';
import type { ChartDef } from '../lib/charts/types';
import { dataAsOf, datasetVersion } from '../lib/dataset-version';
import { todayUtc } from '../lib/load';
import { loadDataset } from './dataset';
import { href } from './href';

/** Everything a chart page, embed page or download shows about one chart. */
export interface ChartPage {
  def: ChartDef;
  version: string;
  asOf: string;
  /** Absolute URL of the chart page. */
  permalink: string;
  /** The build date, printed as the access date (the copy button updates it to the reader's day). */
  accessed: string;
  citations: Citations;
  /** Site-relative URLs (base included) of the downloads. */
  files: Record<ChartFile, string>;
  og: string;
  embed: string;
}

/** `getStaticPaths` of every chart route: one entry per listed chart id. */
export async function chartStaticPaths(): Promise<GetStaticPathsResult> {
  return listCharts(await loadDataset()).map((c) => ({ params: { id: c.id } }));
}

/**
 * `getStaticPaths` of the download routes (.csv, .json, .png, .svg): every chart id, and every
 * retired chart id from data/redirects, so a renamed chart's files keep answering at the old
 * address (a static host cannot redirect a file).
 */
export async function chartFileStaticPaths(): Promise<GetStaticPathsResult> {
  const data = await loadDataset();
  const live = new Set(listCharts(data).map((c) => c.id));
  const retired = [...data.redirects.values()].filter((r) => r.kind === 'chart' && live.has(r.to)).map((r) => r.from);
  return [...live, ...retired].map((id) => ({ params: { id } }));
}

/** Absolute URL of a site path under the base. */
export const absolute = (path: string) => new URL(href(path), import.meta.env.SITE).href;

/**
 * The chart page data for an id.
 * @throws when the id is not a listed chart (a route and the list disagree)
 */
export async function loadChartPage(id: string): Promise<ChartPage> {
  const data = await loadDataset();
  const redirect = [...data.redirects.values()].find((r) => r.kind === 'chart' && r.from === id);
  const def = chartFor(data, redirect?.to ?? id);
  if (!def) throw new Error(`no chart has the id "${id}"`);
  id = def.id;
  const version = datasetVersion(data);
  const asOf = dataAsOf(data);
  const permalink = absolute(chartPath(id));
  const accessed = todayUtc();
  return {
    def, version, asOf, permalink, accessed,
    citations: citeChart({ id, title: def.title, permalink, version, asOf, accessed }),
    files: Object.fromEntries(CHART_FILES.map((ext) => [ext, href(chartFilePath(id, ext))])) as Record<ChartFile, string>,
    og: absolute(chartOgPath(id)),
    embed: absolute(embedPath(id)),
  };
}

/** The caption drawn into a chart's images: title, and site, permalink and data version. */
export const imageCaption = (p: ChartPage) => ({
  title: p.def.title,
  subtitle: `Benchmark Ledger · ${p.permalink} · dataset ${p.version} · data as of ${p.asOf}`,
});
