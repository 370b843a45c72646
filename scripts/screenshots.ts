/**
 * `npm run screenshots -- /path/ [/other/]`: photographs built pages at desktop and phone
 * widths, light and dark, into screenshots/ (git-ignored), for looking at what readers see.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs } from '../src/lib/cli';
import { launchBrowser } from '../tests/e2e/support/browser';
import { serveStatic } from '../tests/e2e/support/server';

const { positionals } = cliArgs({ usage: 'usage: npm run screenshots -- /path/ [/other/ ...]   (after npm run build)', maxPositionals: Infinity });
const paths = positionals.length ? positionals : ['/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const site = await serveStatic(join(process.cwd(), 'dist'));
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const [name, width] of [['desktop', 1280], ['phone', 375]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
        await page.waitForTimeout(300);
        const file = join(out, `${path.replace(/\W+/g, '_') || 'home'}-${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
