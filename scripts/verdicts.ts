/** `npm run verdicts`: prints every claim's computed verdict, at launch and today. */
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
for (const v of judgeAll(dataset, text)) {
  const shown = v.atLaunch ?? v.today;
  const moved = v.atLaunch && v.today && v.today.verdict !== v.atLaunch.verdict ? ` (today, against later models too: ${v.today.verdict})` : '';
  const basis = shown?.vendorOnly ? ' [vendor figures only]' : '';
  console.log(`${v.verdict.padEnd(17)} ${v.id}${moved}${basis}`);
  if (shown) console.log(`${' '.repeat(18)}${shown.reason}`);
}
