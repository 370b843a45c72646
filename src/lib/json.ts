/**
 * A strict JSON reader for contributors' files. `JSON.parse` silently keeps the last of two
 * equal keys and reports errors by character offset; this reader refuses duplicate keys and
 * says line, column and the likely fix. It never throws, and it reads nesting with its own
 * stack (no recursion), with a depth limit. ESLint's parser (@humanwhocodes/momoa) was measured
 * as the alternative and not taken: it recurses (call stack exhausted at 10,000 levels), has
 * no duplicate-key check, accepts a raw line break inside a string, and is slower here.
 */
export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

/** The deepest nesting read; real records nest five or six levels. */
export const MAX_JSON_DEPTH = 64;

interface ObjectFrame { obj: Record<string, unknown>; seen: Set<string>; key: string }
type Frame = ObjectFrame | { arr: unknown[] };

class JsonError extends Error {
  constructor(public offset: number, message: string) {
    super(message);
  }
}

/** Parses `text` as JSON, refusing duplicate keys. Never throws. */
export function parseJson(text: string): JsonResult {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonError(at, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : JSON.stringify(text[at]));

  /** A value that holds no other: a string, number, true, false or null. */
  const scalar = (): unknown => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    if (c === "'") fail('strings must use double quotes (") in JSON');
    return fail(`expected a value, found ${describe(i)}`);
  };

  /** Reads `"name":` in an object, refusing a name it has seen. */
  const key = (f: ObjectFrame): string => {
    ws();
    if (text[i] === '}') fail('trailing comma before } (remove the last comma)', i);
    if (text[i] !== '"') fail(`expected a field name in double quotes, found ${describe(i)}`);
    const at = i;
    const k = string();
    if (f.seen.has(k)) fail(`the field "${k}" is given twice in this object (keep one; JSON readers silently drop the other)`, at);
    f.seen.add(k);
    ws();
    if (text[i] !== ':') fail(`expected ":" after the field name "${k}", found ${describe(i)}`);
    i++;
    return k;
  };

  /**
   * One value, read with an explicit stack of open objects and lists rather than recursion,
   * so no nesting exhausts the call stack; nesting beyond MAX_JSON_DEPTH is refused.
   */
  const value = (): unknown => {
    const stack: Frame[] = [];
    for (;;) {
      ws();
      const c = text[i];
      let v: unknown;
      if (c === '{' || c === '[') {
        if (stack.length >= MAX_JSON_DEPTH)
          fail(`the JSON nests more than ${MAX_JSON_DEPTH} levels deep (records nest a few levels; look for brackets opened and never closed)`);
        i++;
        ws();
        const close = c === '{' ? '}' : ']';
        if (text[i] !== close) {
          if (c === '{') {
            const f: ObjectFrame = { obj: {}, seen: new Set(), key: '' };
            stack.push(f);
            f.key = key(f);
          } else stack.push({ arr: [] });
          continue;
        }
        i++;
        v = c === '{' ? {} : [];
      } else v = scalar();
      // The value may close any number of open containers.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return v;
        ws();
        if ('arr' in top) {
          top.arr.push(v);
          if (text[i] === ',') {
            i++;
            ws();
            if (text[i] === ']') fail('trailing comma before ] (remove the last comma)', i);
            break;
          }
          if (text[i] !== ']') fail(`expected "," or "]" in the list, found ${describe(i)} (a comma may be missing)`);
          i++;
          stack.pop();
          v = top.arr;
        } else {
          Object.defineProperty(top.obj, top.key, { value: v, enumerable: true, writable: true, configurable: true });
          if (text[i] === ',') {
            i++;
            top.key = key(top);
            break;
          }
          if (text[i] !== '}') fail(`expected "," or "}" after the value of "${top.key}", found ${describe(i)} (a comma may be missing)`);
          i++;
          stack.pop();
          v = top.obj;
        }
      }
    }
  };

  const string = () => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') fail('a string is never closed on its line (a " is missing)', start);
      else if (text.charCodeAt(i) < 0x20) fail('a control character such as a tab inside a string (write \\t or \\n instead)');
      i++;
    }
    if (i >= text.length) fail('a string is never closed (a " is missing)', start);
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('a string contains an invalid escape such as \\x (use \\\\ for a backslash)', start);
    }
  };

  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) return fail(`expected a number, found ${describe(i)}`);
    i += m[0].length;
    if (text[i] === '%') fail('write the number without % (the benchmark\'s unit says it is a percentage)');
    return Number(m[0]);
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark some editors add
    ws();
    if (i >= text.length) fail('the file is empty (a record is a JSON object: { ... })');
    const v = value();
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value: v };
  } catch (e) {
    if (!(e instanceof JsonError)) return { ok: false, line: 1, column: 1, message: `unreadable JSON (${String(e)})` };
    const before = text.slice(0, e.offset).split('\n');
    return { ok: false, line: before.length, column: before[before.length - 1]!.length + 1, message: e.message };
  }
}
