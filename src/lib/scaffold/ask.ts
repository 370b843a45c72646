/**
 * The question loop of `npm run new`: asks for each field not given as a flag and checks
 * each answer as it comes, asking again (with the reason) until it can stand. Input and
 * output are injected, so tests drive it with scripted answers.
 */
import type { FieldSpec } from './fields';
import type { Answers } from './records';

/**
 * Asks `fields` in order. `ask` returns the next line typed, or undefined at end of input.
 * @returns false when input ended before every required answer was given
 */
export async function askFields(
  fields: FieldSpec[],
  answers: Answers,
  ask: (prompt: string) => Promise<string | undefined>,
  check: (flag: string, text: string) => string | undefined,
  say: (line: string) => void,
): Promise<boolean> {
  for (const f of fields) {
    for (;;) {
      const line = await ask(`${f.question}${f.required ? '' : ' [optional]'}: `);
      if (line === undefined) return false;
      const problem = check(f.flag, line);
      if (!problem) {
        answers[f.flag] = line;
        break;
      }
      say(`  ${problem}`);
    }
  }
  return true;
}
