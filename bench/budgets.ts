/**
 * `npm run budgets [-- DIST]`: measures the JavaScript every built page ships and fails over
 * the budgets in src/lib/budgets.ts (chart pages ≤ 66 KB gzipped; other pages none but a tiny
 * inline theme toggle).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_PAGE_BUDGET, overBudget, pageWeight } from '../src/lib/budgets';
import { cliArgs } from '../src/lib/cli';

const dist = cliArgs({ usage: 'usage: npm run budgets [-- DIST]   (DIST defaults to dist/; BASE_PATH as in the build)', maxPositionals: 1 }).positionals[0] ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const cache = new Map<string, string | undefined>();
const read = (path: string) => {
  if (!cache.has(path)) { const f = join(dist, path); cache.set(path, existsSync(f) ? readFileSync(f, 'utf8') : undefined); }
  return cache.get(path);
};
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => { const f = join(dir, n); return statSync(f).isDirectory() ? pages(f) : n.endsWith('.html') ? [f] : []; });

if (!existsSync(dist)) {
  console.error(`no build at ${dist}: run npm run build first`);
  process.exit(1);
}
let worst = 0;
const problems: string[] = [];
for (const file of pages(dist)) {
  const html = readFileSync(file, 'utf8');
  const w = pageWeight(html, read, base);
  worst = Math.max(worst, w.files + w.inline);
  const problem = overBudget(html, w);
  if (problem) problems.push(`${file.slice(dist.length)}: ${problem}`);
}
console.log(`budgets: heaviest page ships ${(worst / 1024).toFixed(1)} KB of JavaScript gzipped (chart page budget ${CHART_PAGE_BUDGET / 1024} KB)`);
if (problems.length) {
  console.error(problems.slice(0, 30).join('\n'));
  console.error(`${problems.length} page(s) over budget`);
  process.exit(1);
}
