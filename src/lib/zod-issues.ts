/**
 * Turns Zod issues into messages a contributor can act on: what was expected, what was
 * found, and how to fix it. Field-specific messages live on the schemas (`error:`); this map
 * covers the generic cases (missing or unknown fields, wrong types, closed lists).
 */
import type { z } from '../schemas/zod';
import { show } from '../schemas/common';
import { closest } from './text';
import { formatPath, type Problem } from './problems';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', object: 'an object { ... }',
  array: 'a list [ ... ]', null: 'null', int: 'a whole number',
};

/** Allowed field names of the strict object an issue was raised on, if known. */
function allowedKeys(issue: RawIssue): string[] {
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape).filter((k) => k !== '$schema') : [];
}

/** A Zod error map (pass as `safeParse(x, { error: friendlyError })`). */
export function friendlyError(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'this field is missing (add it; see data/README.md for what it holds)';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${show(issue.input)}`;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(issue);
      return issue.keys
        .map((k) => {
          const near = closest(k, allowed);
          return `unknown field "${k}"${near ? ` (did you mean "${near}"?)` : allowed.length ? ` (fields allowed here: ${allowed.join(', ')})` : ''}`;
        })
        .join('; ');
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${show(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'number')
        return `expected a number ${issue.inclusive ? 'at least' : 'above'} ${String(issue.minimum)}, got ${show(issue.input)}`;
      if (issue.origin === 'string') return 'expected some text, got an empty string';
      return undefined;
    case 'too_big':
      return issue.origin === 'number' ? `expected a number at most ${String(issue.maximum)}, got ${show(issue.input)}` : undefined;
    case 'invalid_union':
      return `expected ${show(issue.input)} to be one of the allowed forms (see data/README.md)`;
    default:
      return undefined;
  }
}

/** Converts a failed parse into problems for one file. */
export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) {
      return { file, path: formatPath([...issue.path, issue.keys[0]!]), message: issue.message.replace(/^unknown field "[^"]+"/, 'unknown field') };
    }
    return { file, path: formatPath(issue.path), message: issue.message };
  });
}
