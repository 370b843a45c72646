/**
 * `npm run new -- source|result|model [--flag value ...]`: writes a new source, model, or a
 * result appended to its source's results file, checked by the validator before it is
 * written. Every answer is checked as soon as it is given (an unknown id is named at once,
 * with the nearest ids). A missing required flag is asked for when run in a terminal;
 * otherwise it is an error that names it. `--data DIR` picks the data folder (default:
 * data/, or $DATA_DIR).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseCli, quietErrors } from '../src/lib/cli';
import { findConflicts } from '../src/lib/conflicts';
import { readDataDir, readDataFile, todayUtc, validateDir } from '../src/lib/load';
import { formatProblem, sortProblems } from '../src/lib/problems';
import { KIND_ORDER } from '../src/schemas';
import { checkAnswer, type KnownIds } from '../src/lib/scaffold/answers';
import { askFields } from '../src/lib/scaffold/ask';
import { FIELDS, KINDS, type Kind } from '../src/lib/scaffold/fields';
import { checkDraft, draft, scoreProblems, type Answers } from '../src/lib/scaffold/records';
import { summarize } from '../src/lib/summary';

const USAGE = `usage: npm run new -- <${KINDS.join('|')}> [--flag value ...] [--data DIR]
  npm run new -- source --id zai-glm-5-2-blog --title "..." --publisher zhipu-ai --url https://... --kind vendor-blog --published 2026-06-16
  npm run new -- result --source zai-glm-5-2-blog --model glm-5-2 --benchmark hle --score 30.4 --locator "table 1, row HLE"
  npm run new -- model --id glm-5-2 ...   (run without flags in a terminal to be asked for each)`;

function fail(message: string, code = 2, usage = code === 2): never {
  console.error(usage ? `${message}\n\n${USAGE}` : message);
  process.exit(code);
}

quietErrors();
const kind = process.argv[2] as Kind;
if (process.argv[2] === '--help' || process.argv[2] === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (!KINDS.includes(kind)) fail(`expected what to create (${KINDS.join(', ')}), got ${JSON.stringify(process.argv[2] ?? '')}`);
const specs = FIELDS[kind];
const parsed = parseCli(process.argv.slice(3), { usage: USAGE, strings: [...specs.map((f) => f.flag), 'data'] });
if (!parsed.ok) fail(parsed.message === 'help' ? USAGE : parsed.message);
const answers = parsed.values as Answers;
const dataDir = answers.data ?? process.env.DATA_DIR ?? 'data';
delete answers.data;

const read = readDataDir(dataDir);
const known = Object.fromEntries(KIND_ORDER.map((k) => [k, new Set(read.files.filter((f) => f.kind === k).map((f) => f.id))])) as unknown as KnownIds;
const today = todayUtc();
const pathOf = (k: string, id: string) => join(dataDir, k, `${id}.json`);
const readExisting = (source: string) => {
  const file = pathOf('results', source);
  if (!existsSync(file)) return undefined;
  const r = readDataFile(file);
  return 'text' in r ? r.text : fail(`${relative('.', file)}: ${r.error}`, 1);
};
/** An answer's own problem; a score is also judged by the validator against its benchmark. */
const check = (flag: string, text: string) =>
  checkAnswer(kind, flag, text, known) ??
  (kind === 'result' && flag === 'score' ? scoreProblems(read.files, { ...answers, score: text }, today, readExisting)[0] : undefined);

// The flags given are checked before anything is asked.
const wrong = Object.entries(answers).flatMap(([flag, v]) => {
  const problem = v?.trim() ? check(flag, v) : undefined;
  return problem ? [`  --${flag}: ${problem}`] : [];
});
if (wrong.length) fail(`${wrong.join('\n')}\n\nNothing written: fix ${wrong.length === 1 ? 'this flag' : 'these flags'} and run the command again.`, 2, false);

const missing = specs.filter((f) => f.required && !answers[f.flag]?.trim());
if (missing.length > 0) {
  if (!process.stdin.isTTY) fail(`missing flags (or run it in a terminal to be asked):\n${missing.map((f) => `  --${f.flag}: ${f.question}`).join('\n')}`);
  // Lines are read through the iterator, which buffers them: answers pasted ahead are kept.
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string) => {
    rl.setPrompt(prompt);
    rl.prompt();
    const line = await lines.next();
    return line.done ? undefined : (line.value as string);
  };
  // Fact sources default to --source for models; they are asked only as flags.
  const toAsk = specs.filter((s) => !answers[s.flag]?.trim() && !(kind === 'model' && s.flag.endsWith('-source')));
  const done = await askFields(toAsk, answers, ask, check, (l) => console.log(l));
  rl.close();
  if (!done) fail('\ncancelled: nothing written', 1);
}

const d = draft(kind, answers, today, readExisting);
const target = pathOf(d.kind, d.id);
if (kind !== 'result' && existsSync(target)) fail(`${relative('.', target)} already exists (ids are permalinks: pick another id, or edit the file)`, 2, false);

const problems = sortProblems(checkDraft(read.files, d, relative('.', target), today));
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
