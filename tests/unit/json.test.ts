import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/lib/json';
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
