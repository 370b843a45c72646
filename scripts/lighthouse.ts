/**
 * `npm run lighthouse [-- /path/ …] [--dist DIR]`: Lighthouse (mobile, simulated throttling) on
 * the built site served from dist/ with gzip on loopback, in Debian's Chromium. Prints the
 * performance and accessibility scores of each page (the median of `--runs N` runs, default 3,
 * by performance: a shared machine makes single runs noisy) and exits 1 when one is below its
 * target (performance 95, accessibility 100). Not part of `npm test`: it takes minutes.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { join } from 'node:path';
import { cliArgs } from '../src/lib/cli';
import { serveStatic } from '../tests/e2e/support/server';

const TARGETS = { performance: 95, accessibility: 100 } as const;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const { values, positionals } = cliArgs({
  usage: 'usage: npm run lighthouse [-- /path/ ...] [--dist DIR] [--runs N]   (after npm run build)',
  strings: ['dist', 'runs'],
  maxPositionals: Infinity,
});
const dist = (values.dist as string | undefined) ?? join(process.cwd(), 'dist');
const runs = Number(values.runs ?? 3);
// A live chart id: /charts/aa-hle/ is now a redirect page to this one, which measures nothing.
const paths = positionals.length ? positionals : ['/', '/charts/hle--no-tools/', '/models/glm-5-2/'];

const site = await serveStatic(dist, '/', { compress: true });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium', chromeFlags: FLAGS });
let failed = false;
try {
  for (const path of paths) {
    const url = new URL(path.replace(/^\//, ''), site.url).href;
    const all: Result[] = [];
    for (let i = 0; i < runs; i++) all.push((await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) }))!.lhr);
    const perf = (l: Result) => l.categories.performance?.score ?? 0;
    all.sort((a, b) => perf(a) - perf(b));
    const lhr = all[Math.floor(all.length / 2)]!;
    const scores = Object.keys(TARGETS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)] as const);
    const low = scores.filter(([k, s]) => s < TARGETS[k as keyof typeof TARGETS]);
    failed ||= low.length > 0;
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    const lcpItems = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items;
    const lcpNode = lcpItems?.[0]?.items?.[0]?.node?.snippet?.slice(0, 100) ?? '?';
    console.log(`${path}: median of ${runs} (performance ${all.map((l) => Math.round(perf(l) * 100)).join('/')}): ${scores.map(([k, s]) => `${k} ${s}`).join(', ')} (LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')})${low.length ? '  BELOW TARGET' : ''}`);
    console.log(`  LCP element: ${lcpNode}`);
    for (const [k] of low)
      for (const ref of lhr.categories[k]!.auditRefs) {
        const a = lhr.audits[ref.id]!;
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${k}: ${a.id} ${a.displayValue ?? ''} (score ${a.score})`);
      }
  }
} finally {
  chrome.kill();
  await site.close();
}
process.exit(failed ? 1 : 0);
