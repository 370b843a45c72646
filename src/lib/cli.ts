/**
 * Command-line arguments for every script in scripts/: parsed strictly, and every mistake
 * (an unknown flag, a flag without its value, too many arguments) turned into one line that
 * says what is wrong, followed by the usage. Nothing here throws.
 */
import { parseArgs } from 'node:util';
import { closest } from './text';

/** What a command accepts: string flags (value required) and boolean flags, and how many positionals. */
export interface CliSpec {
  usage: string;
  strings?: string[];
  booleans?: string[];
  /** Most positional arguments accepted (default 0). */
  maxPositionals?: number;
}

export type CliResult =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; message: string };

/** Parses `args` against `spec`, or says what is wrong with them. Never throws. */
export function parseCli(args: string[], spec: CliSpec): CliResult {
  const strings = spec.strings ?? [];
  const booleans = spec.booleans ?? [];
  const flags = [...strings, ...booleans];
  const options = Object.fromEntries([
    ...strings.map((f) => [f, { type: 'string' as const }]),
    ...booleans.map((f) => [f, { type: 'boolean' as const }]),
    ['help', { type: 'boolean' as const, short: 'h' }],
  ]);
  for (const [i, a] of args.entries()) {
    if (!a.startsWith('--') || a === '--') continue;
    const name = a.slice(2).split('=')[0]!;
    if (name === 'help') continue;
    if (!flags.includes(name)) {
      const near = closest(name, flags) ?? flags.find((f) => name.includes(f) || f.includes(name));
      return { ok: false, message: `unknown flag --${name}${near ? ` (did you mean --${near}?)` : flags.length ? ` (flags: ${flags.map((f) => `--${f}`).join(', ')})` : ' (this command takes no flags)'}` };
    }
    const next = args[i + 1];
    if (strings.includes(name) && !a.includes('=') && (next === undefined || next.startsWith('--')))
      return { ok: false, message: `--${name} needs a value (--${name} <value>)` };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    if ((values as Record<string, unknown>).help) return { ok: false, message: 'help' };
    const max = spec.maxPositionals ?? 0;
    if (positionals.length > max)
      return { ok: false, message: `unexpected argument ${JSON.stringify(positionals[max])}${max === 0 ? ' (this command takes flags only)' : ''}` };
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}

/** Parses the arguments or exits 2 with the problem and the usage (`--help`: the usage, exit 0). */
export function cliArgs(spec: CliSpec, args = process.argv.slice(2)): Extract<CliResult, { ok: true }> {
  quietErrors();
  const r = parseCli(args, spec);
  if (r.ok) return r;
  if (r.message === 'help') {
    console.log(spec.usage);
    process.exit(0);
  }
  console.error(`${r.message}\n\n${spec.usage}`);
  process.exit(2);
}

let quiet = false;

/**
 * Anything a script throws after its arguments are parsed is printed as one line, exit 1,
 * not as a stack trace (DEBUG=1 shows the stack, for us).
 */
export function quietErrors(): void {
  if (quiet) return;
  quiet = true;
  const report = (e: unknown) => {
    console.error(process.env.DEBUG ? e : `${e instanceof Error ? e.message : String(e)} (DEBUG=1 shows where)`);
    process.exit(1);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
