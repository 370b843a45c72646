/**
 * `npm run verdict-diff -- <git-ref>`: compares the data at a git ref with the working tree
 * and prints, as Markdown for a pull-request comment, which figures, conflicts, chart values
 * and claim verdicts change.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { articleText } from '../src/lib/article';
import { cliArgs } from '../src/lib/cli';
import { validateDir } from '../src/lib/load';
import { formatProblem } from '../src/lib/problems';
import { diffData, diffMarkdown } from '../src/lib/verdict-diff';

const USAGE = 'usage: npm run verdict-diff -- [GIT-REF]   (the ref to compare with, default origin/main; e.g. main, HEAD~1, a commit)';
const ref = cliArgs({ usage: USAGE, maxPositionals: 1 }).positionals[0] ?? 'origin/main';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
try {
  git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
} catch {
  console.error(`no commit named ${JSON.stringify(ref)} in this git repository (check the spelling, or fetch it: git fetch origin)\n\n${USAGE}`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'ledger-diff-'));
try {
  // The data folder as it was at the ref, file by file (no checkout: the working tree is untouched).
  for (const path of git('ls-tree', '-r', '--name-only', ref, '--', 'data').split('\n').filter(Boolean)) {
    const file = join(tmp, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, git('show', `${ref}:${path}`));
  }
  const before = validateDir(join(tmp, 'data'));
  const after = validateDir(resolve('data'));
  if (after.problems.length) {
    console.log(`## The data does not validate\n\n${after.problems.slice(0, 30).map((p) => `- ${formatProblem(p)}`).join('\n')}\n\nRun \`npm run validate\` and fix these first.`);
    process.exitCode = 1;
  } else console.log(diffMarkdown(diffData(before.dataset, after.dataset, articleText(readFileSync)), ref));
} catch (e) {
  console.error(`verdict-diff failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
