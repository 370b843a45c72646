/**
 * `npm run budgets:size [-- DIST]`: the built site at today's data stays within the size budget
 * (SITE_BUDGET, 120 MB: the budget at 1×; GitHub Pages refuses a site over 1 GB).
 * Prints the size per kind of file. The full scale benchmark is `npm run bench:scale`.
 */
import { existsSync } from 'node:fs';
import { kindLines, mb, SITE_BUDGET, siteSize, versionsLine, versionsSize } from './scale-measure';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`budgets:size: no build at ${dist}: run npm run build first`);
  process.exit(1);
}
const size = siteSize(dist);
console.log(`budgets:size: ${dist} is ${mb(size.total)} in ${size.files} files (budget ${mb(SITE_BUDGET)})`);
console.log(kindLines(size).join('\n'));
console.log(versionsLine(versionsSize(dist)));
if (size.total > SITE_BUDGET) {
  console.error(`budgets:size: over budget by ${mb(size.total - SITE_BUDGET)}: look at the largest kinds above`);
  process.exit(1);
}
