/**
 * What chart tests share: the built charts (read from their JSON downloads), opening a page
 * that records errors, measuring a canvas's ink, and holding back scripts to see the page as
 * a reader on a slow connection does before they run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { chartFromFile, type ChartFile } from '../../../src/lib/charts/file';
import { DIST } from './build';
import type { SiteUnderTest } from './site';

/** The fields of a built chart definition the tests read. */
export interface BuiltChart {
  id: string;
  kind: string;
  figures?: { key: string; model: string; origin: string; citations: { id: string; row: string; locator: string; published: string | null }[] }[];
}

/** A chart's JSON download, its citations in full again (the file names each document once). */
const readChart = (file: string): BuiltChart => chartFromFile(JSON.parse(readFileSync(join(DIST, 'charts', file), 'utf8')) as ChartFile) as unknown as BuiltChart;

/** Every chart in the build, read from its JSON download. */
export function builtCharts(): BuiltChart[] {
  return readdirSync(join(DIST, 'charts'))
    .filter((f) => f.endsWith('.json'))
    .map(readChart);
}

/** One built chart by id. */
export const builtChart = (id: string): BuiltChart => readChart(`${id}.json`);

/** Opens a site path in a new page, collecting page errors and failed responses. */
export async function openPage(t: SiteUnderTest, path: string, options: Parameters<Browser['newPage']>[0] = {}) {
  const page = await t.browser.newPage(options);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(t.url(path));
  return { page, errors };
}

/** Share of canvas pixels that differ from its top-left pixel (the background). */
export const inkOf = (page: Page, selector = 'ledger-chart canvas') =>
  page.locator(selector).first().evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) ink++;
    return ink / (data.length / 4);
  });

/**
 * Holds back every script the page loads until `release()` is called, as a slow network
 * would; the HTML, styles and images load at once.
 */
export async function holdScripts(page: Page): Promise<{ release: () => void }> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\.m?js(\?.*)?$/, (route) => (released ? route.continue() : void held.push(route)));
  return { release: () => { released = true; for (const r of held.splice(0)) void r.continue(); } };
}
