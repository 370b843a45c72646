/**
 * JavaScript budgets of built pages: what a page ships is every script it loads and every
 * module those import, gzipped. Pure: file reading is injected, so tests can feed strings.
 */
import { gzipSync } from 'node:zlib';

/**
 * A page with an interactive chart ships at most this much JavaScript, gzipped, all included.
 * 66 KB since the point-name placement (src/lib/charts/place-labels.ts) took the chart script
 * 0.1 KB past 65 KB; Chart.js with the parts we register is 59.4 KB of it.
 */
export const CHART_PAGE_BUDGET = 66 * 1024;
/**
 * Any other page ships no JavaScript file, and inline scripts up to this much: the theme script every
 * page has in its head (src/components/ThemeScript.astro, about 370 bytes) and an index's filter.
 */
export const INLINE_BUDGET = 1024;

export interface PageWeight {
  /** Gzipped bytes of the JavaScript files the page loads, imports included. */
  files: number;
  /** Gzipped bytes of its inline scripts. */
  inline: number;
  /** The script files counted (site paths). */
  scripts: string[];
  /** Scripts the page or a script loads that are not in the build (site paths): a broken build. */
  missing: string[];
}

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const isJs = (type: string | undefined) => !type || /module|javascript/.test(type);

/** Resolves an import specifier seen in `from` (a site path) to a site path. */
const resolveFrom = (from: string, spec: string) => new URL(spec, `http://x${from}`).pathname;

/**
 * The JavaScript a page ships.
 * @param html the page's HTML
 * @param read the text of a site path (without the base), undefined if it does not exist
 * @param base the deploy base, stripped from script URLs
 */
export function pageWeight(html: string, read: (path: string) => string | undefined, base = '/'): PageWeight {
  let inline = 0;
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
    if (!isJs(type)) continue;
    const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
    if (src) queue.push(`/${src.replace(/^https?:\/\/[^/]+/, '').slice(base.length)}`.replace(/^\/\//, '/'));
    else {
      inline += gz(m[2]!);
      for (const i of m[2]!.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) queue.push(`/${i[1]!.slice(i[1]!.startsWith(base) ? base.length : 0).replace(/^\//, '')}`);
    }
  }
  const seen = new Set<string>();
  const missing: string[] = [];
  let files = 0;
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = read(path);
    if (text === undefined) {
      missing.push(path);
      continue;
    }
    files += gz(text);
    for (const i of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(resolveFrom(path, i[1]!));
  }
  return { files, inline, scripts: [...seen].filter((p) => !missing.includes(p)).sort(), missing: missing.sort() };
}

/**
 * Pages with one of the site's small interactive features (the "changed since" note of a cited
 * version, the search form, the compare picker) may load that feature's own bundled script, up to
 * this much gzipped, all included. Every other page loads no JavaScript file.
 */
export const FEATURE_BUDGET = 4 * 1024;
const FEATURES = ['data-version-note', 'data-search', 'data-picker'];

/** Whether a page has one of the small interactive features. */
export const hasFeature = (html: string) => FEATURES.some((f) => html.includes(f));

/** Whether a page draws an interactive chart. */
export const hasChart = (html: string) => html.includes('<ledger-chart');

/** What is wrong with a page's weight, or undefined when it is within budget. */
export function overBudget(html: string, w: PageWeight): string | undefined {
  if (w.missing.length)
    return `loads ${w.missing.join(', ')}, which the build does not contain (a broken build, or BASE_PATH differs from the build's)`;
  if (hasChart(html)) {
    if (w.scripts.length === 0) return 'draws a chart but loads no script to draw it (the chart would stay empty)';
    const total = w.files + w.inline;
    return total > CHART_PAGE_BUDGET ? `ships ${(total / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${CHART_PAGE_BUDGET / 1024} KB): ${w.scripts.join(', ')}` : undefined;
  }
  if (hasFeature(html)) {
    const total = w.files + w.inline;
    return total > FEATURE_BUDGET ? `ships ${total} bytes of JavaScript gzipped for a small feature (budget ${FEATURE_BUDGET}): ${w.scripts.join(', ')}` : undefined;
  }
  if (w.files > 0) return `has no chart but loads JavaScript files (${w.scripts.join(', ')})`;
  return w.inline > INLINE_BUDGET ? `has no chart but ships ${w.inline} bytes of inline JavaScript gzipped (budget ${INLINE_BUDGET})` : undefined;
}
