/** One built site and one browser per test file, started before and stopped after its tests. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { DIST } from './build';
import { serveStatic, type StaticSite } from './server';

export interface SiteUnderTest {
  readonly site: StaticSite;
  readonly browser: Browser;
  /** The absolute URL of a site path such as "/claims/x/". */
  url: (path: string) => string;
}

/** Serves dist/ and launches Chromium for the calling test file. */
export function useBuiltSite(): SiteUnderTest {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() { return site!; },
    get browser() { return browser!; },
    url: (path) => new URL(path.replace(/^\//, ''), site!.url).href,
  };
}
