/**
 * `npm run new -- source|result|model [--flag value ...]`: writes a new source, model, or a
 * result appended to its source's results file, checked by the validator before it is
 * written. A missing required flag is asked for when run in a terminal; otherwise it is an
 * error that names it. `--data DIR` picks the data folder (default: data/, or $DATA_DIR).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { findConflicts } from '../src/lib/conflicts';
import { readDataDir, todayUtc, validateDir } from '../src/lib/load';
import { formatProblem, sortProblems } from '../src/lib/problems';
import { FIELDS, KINDS, type Kind } from '../src/lib/scaffold/fields';
import { checkDraft, draft, type Answers } from '../src/lib/scaffold/records';
import { summarize } from '../src/lib/summary';

const USAGE = `usage: npm run new -- <${KINDS.join('|')}> [--flag value ...] [--data DIR]
  npm run new -- source --id zai-glm-5-2-blog --title "..." --publisher zhipu-ai --url https://... --kind vendor-blog --published 2026-06-16
  npm run new -- result --source zai-glm-5-2-blog --model glm-5-2 --benchmark hle --score 30.4 --locator "table 1, row HLE"
  npm run new -- model --id glm-5-2 ...   (run without flags in a terminal to be asked for each)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const kind = process.argv[2] as Kind;
if (!KINDS.includes(kind)) fail(`expected what to create (${KINDS.join(', ')}), got ${JSON.stringify(process.argv[2] ?? '')}`);
const specs = FIELDS[kind];
const { values } = parseArgs({
  args: process.argv.slice(3),
  options: Object.fromEntries([...specs.map((f) => [f.flag, { type: 'string' as const }]), ['data', { type: 'string' as const }]]),
  strict: true,
});
const answers = values as Answers;
const dataDir = answers.data ?? process.env.DATA_DIR ?? 'data';

const missing = specs.filter((f) => f.required && !answers[f.flag]?.trim());
if (missing.length > 0) {
  if (!process.stdin.isTTY) fail(`missing flags (or run it in a terminal to be asked):\n${missing.map((f) => `  --${f.flag}: ${f.question}`).join('\n')}`);
  // Lines are read through the iterator, which buffers them: answers pasted ahead are kept.
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const lines = rl[Symbol.asyncIterator]();
  for (const f of specs.filter((s) => !answers[s.flag]?.trim())) {
    if (f.flag.endsWith('-source') && kind === 'model') continue; // defaults to --source
    rl.setPrompt(`${f.question}${f.required ? '' : ' [optional]'}: `);
    rl.prompt();
    const line = await lines.next();
    if (line.done) fail('\ncancelled: nothing written');
    answers[f.flag] = line.value;
  }
  rl.close();
}

const today = todayUtc();
const pathOf = (k: string, id: string) => join(dataDir, k, `${id}.json`);
const d = draft(kind, answers, today, (source) => (existsSync(pathOf('results', source)) ? readFileSync(pathOf('results', source), 'utf8') : undefined));
const target = pathOf(d.kind, d.id);
if (kind !== 'result' && existsSync(target)) fail(`${relative('.', target)} already exists (ids are permalinks: pick another id, or edit the file)`);

const problems = sortProblems(checkDraft(readDataDir(dataDir).files, d, relative('.', target), today));
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nNothing written: fix the ${problems.length === 1 ? 'problem' : 'problems'} above and run the command again.`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, d.text);
console.log(`${kind === 'result' ? 'appended a result to' : 'wrote'} ${relative('.', target)}`);
const report = validateDir(dataDir, today);
const rest = sortProblems(report.problems);
console.log(rest.length === 0 ? summarize(report.dataset, findConflicts(report.dataset)) : `${rest.length} problem(s) elsewhere in ${dataDir} (run npm run validate)`);
