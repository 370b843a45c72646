/** `npm run verdicts`: prints every claim's three computed verdicts: at launch, at launch on independent figures alone, and today. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliArgs } from '../src/lib/cli';
import { validateDir } from '../src/lib/load';
import { formatProblem } from '../src/lib/problems';
import { judgeAll } from '../src/lib/verdicts';
import { articleText } from '../src/lib/article';

const { positionals } = cliArgs({ usage: 'usage: npm run verdicts [-- DIR]   (DIR defaults to data/)', maxPositionals: 1 });
const { dataset, problems } = validateDir(resolve(positionals[0] ?? 'data'));
if (problems.length) {
  problems.slice(0, 20).forEach((p) => console.error(formatProblem(p)));
  console.error('The data has problems; run npm run validate.');
  process.exit(1);
}
const text = articleText(readFileSync);
const pad = (s: string) => s.padEnd(17);
console.log(`${pad('at launch')} ${pad('independent')} ${pad('today')} claim`);
for (const v of judgeAll(dataset, text)) {
  const shown = v.atLaunch ?? v.today;
  const basis = shown?.vendorOnly ? ' [vendor figures only]' : '';
  console.log(`${pad(v.verdict)} ${pad(v.verdictIndependent ?? '—')} ${pad(v.verdictToday ?? '—')} ${v.id}${basis}`);
  if (shown) console.log(`${' '.repeat(54)}${shown.reason}`);
  if (v.vendorEffect) console.log(`${' '.repeat(54)}${v.vendorEffect}`);
}
