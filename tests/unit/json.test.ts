import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJson } from '../../src/lib/json';
import { checkFile } from '../../src/lib/validate';
import { KIND_ORDER } from '../../src/schemas';

describe('parseJson', () => {
  it('reads what JSON.parse reads', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 2);
        expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });

  it('refuses a key given twice, which JSON.parse silently accepts', () => {
    expect(parseJson('{"a": 1,\n "a": 2}')).toEqual({
      ok: false, line: 2, column: 2,
      message: 'the field "a" is given twice in this object (keep one; JSON readers silently drop the other)',
    });
  });

  it('refuses deep nesting with a message that names the limit, not a stack overflow', () => {
    const deep = parseJson(`{"a": ${'['.repeat(100_000)}`);
    expect(deep).toEqual({
      ok: false, line: 1, column: 7 + MAX_JSON_DEPTH - 1,
      message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep (records nest a few levels; look for brackets opened and never closed)`,
    });
    const ok = `${'['.repeat(MAX_JSON_DEPTH)}1${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseJson(ok)).toEqual({ ok: true, value: JSON.parse(ok) });
  });

  it('reads nested objects and lists as JSON.parse does, with the location of the first error', () => {
    expect(parseJson('{"a": [1, {"b": [true, null, "x"]}, []], "c": {}}')).toEqual({ ok: true, value: { a: [1, { b: [true, null, 'x'] }, []], c: {} } });
    expect(parseJson('{"a": [1, {"b": 2,}]}')).toMatchObject({ ok: false, line: 1, column: 19, message: 'trailing comma before } (remove the last comma)' });
    expect(parseJson('[1, 2,\n ]')).toMatchObject({ ok: false, line: 2, column: 2, message: 'trailing comma before ] (remove the last comma)' });
    expect(parseJson('{"a": 1 "b": 2}')).toMatchObject({ ok: false, line: 1, column: 9 });
  });

  it('keeps "__proto__" as an ordinary field', () => {
    const r = parseJson('{"__proto__": {"x": 1}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseJson(s)));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789.-eE tfnrul\\\n%') }), (s) => void parseJson(s)));
    expect(parseJson('['.repeat(100_000)).ok).toBe(false);
  });
});

describe('the validator', () => {
  it('never throws on arbitrary JSON, for every record kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KIND_ORDER), fc.jsonValue(), (kind, v) => {
        const r = checkFile({ kind, id: 'x', file: `data/${kind}/x.json`, text: JSON.stringify(v) });
        expect(r.problems.length > 0 || r.record !== undefined).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary objects with the right field names', () => {
    const field = fc.constantFrom('name', 'model', 'benchmark', 'score', 'results', 'source', 'settings', 'released', 'value', 'range', 'url', 'kind');
    const obj = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.dictionary(field, tie('node'), { maxKeys: 6 }), fc.array(tie('node'), { maxLength: 3 })),
    })).node;
    fc.assert(
      fc.property(fc.constantFrom(...KIND_ORDER), obj, (kind, v) => {
        expect(() => checkFile({ kind, id: 'x', file: 'f', text: JSON.stringify(v) ?? 'null' })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
