/**
 * `npm run validate [-- DIR]`: checks data/ (or DIR). One line per problem; in GitHub Actions
 * also an annotation on the file. Exit 1 on any problem, 0 with a one-line summary.
 */
import { resolve } from 'node:path';
import { cliArgs } from '../src/lib/cli';
import { findConflicts } from '../src/lib/conflicts';
import { validateDir } from '../src/lib/load';
import { collapseRepeats, formatAnnotation, formatProblem, sortProblems } from '../src/lib/problems';
import { summarize } from '../src/lib/summary';

const { positionals } = cliArgs({ usage: 'usage: npm run validate [-- DIR]   (DIR defaults to data/)', maxPositionals: 1 });
const dir = resolve(positionals[0] ?? 'data');
const { dataset, problems } = validateDir(dir);
const sorted = collapseRepeats(sortProblems(problems));
for (const p of sorted) console.error(formatProblem(p));
if (process.env.GITHUB_ACTIONS === 'true') for (const p of sorted) console.log(formatAnnotation(p));
if (sorted.length > 0) {
  console.error(`\n${sorted.length} problem${sorted.length === 1 ? '' : 's'} found. Fix them and run npm run validate again; data/README.md describes every field.`);
  process.exit(1);
}
console.log(summarize(dataset, findConflicts(dataset)));
