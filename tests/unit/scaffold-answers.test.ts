/** `npm run new`: answers checked as they come, results appended by editing the text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/lib/json';
import { appendToResults } from '../../src/lib/scaffold/append';
import { checkAnswer, nearestIds, type KnownIds } from '../../src/lib/scaffold/answers';
import { askFields } from '../../src/lib/scaffold/ask';
import { FIELDS } from '../../src/lib/scaffold/fields';
import type { Answers } from '../../src/lib/scaffold/records';

const known = {
  organizations: new Set(['board', 'zhipu-ai']), models: new Set(['glm-5-2', 'glm-5-1', 'glm-4-6', 'claude-opus-4-8']),
  benchmarks: new Set(['hle', 'gpqa-diamond']), sources: new Set(['zai-card']), results: new Set(), claims: new Set(), redirects: new Set(),
} as KnownIds;

describe('appending a result by editing the text', () => {
  const before = '{\n  "source": "s",\n  "results": [\n    { "model": "a", "score": 88.0,   "locator": "x" },\n    {\n      "model": "b",\n      "score": 1e2\n    }\n  ]\n}\n';
  it('leaves every existing line as written (88.0 stays 88.0)', () => {
    const r = appendToResults(before, { model: 'c', score: 70 });
    expect(r.ok).toBe(true);
    const text = r.ok ? r.text : '';
    expect(text).toBe(before.replace('      "score": 1e2\n    }\n', '      "score": 1e2\n    },\n    {\n      "model": "c",\n      "score": 70\n    }\n'));
    expect(text).toContain('"score": 88.0,   "locator"');
    expect(parseJson(text)).toMatchObject({ ok: true, value: { results: [{ score: 88 }, { score: 100 }, { model: 'c' }] } });
  });

  it('fills an empty list, and ignores a "results" field nested deeper', () => {
    const r = appendToResults('{"absent": [{"results": []}], "results": []}', { model: 'c' });
    expect(r.ok && parseJson(r.text)).toEqual({ ok: true, value: { absent: [{ results: [] }], results: [{ model: 'c' }] } });
  });

  it('keeps any valid results file valid and only adds the entry', () => {
    const entry = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
    fc.assert(fc.property(fc.array(entry, { maxLength: 4 }), entry, fc.constantFrom(0, 2, '\t'), (rows, add, indent) => {
      const text = JSON.stringify({ source: 's', results: rows }, null, indent);
      const r = appendToResults(text, add);
      expect(r.ok).toBe(true);
      const after = r.ok ? parseJson(r.text) : undefined;
      expect(after).toEqual({ ok: true, value: JSON.parse(JSON.stringify({ source: 's', results: [...rows, add] })) });
    }));
  });

  it('refuses a file with a syntax error, saying where', () => {
    expect(appendToResults('{"results": [1,]}', {})).toEqual({
      ok: false, line: 1, column: 16, message: 'trailing comma before ] (remove the last comma) (the file has a syntax error: fix it by hand first; npm run validate shows it)',
    });
  });
});

describe('checking each answer as it is given', () => {
  it('names an unknown id with the nearest ids', () => {
    expect(nearestIds('glm-5-3', known.models)).toEqual(['glm-5-1', 'glm-5-2', 'glm-4-6']);
    expect(checkAnswer('result', 'model', 'glm-5-3', known)).toBe('no model has the id "glm-5-3" (nearest: glm-5-1, glm-5-2, glm-4-6); add data/models/glm-5-3.json first, or fix the id');
    expect(checkAnswer('result', 'model', 'glm-5-2', known)).toBeUndefined();
  });
  it('checks new ids, dates, numbers, links and closed lists', () => {
    expect(checkAnswer('model', 'id', 'GLM 5', known)).toMatch(/not a valid id/);
    expect(checkAnswer('model', 'id', 'glm-5-2', known)).toMatch(/already exists/);
    expect(checkAnswer('model', 'predecessor', 'none', known)).toBeUndefined();
    expect(checkAnswer('source', 'published', '16 June', known)).toBe('expected a date as YYYY-MM-DD, or "none", got "16 June"');
    expect(checkAnswer('result', 'score', '81%', known)).toBe('expected a number, got "81%" (write the number without %)');
    expect(checkAnswer('source', 'url', 'http://x.org', known)).toBe('expected an https:// link, got "http://x.org"');
    expect(checkAnswer('source', 'kind', 'vendor-blgo', known)).toMatch(/\(nearest: vendor-blog\)$/);
    expect(checkAnswer('result', 'variant', '', known)).toBeUndefined();
    expect(checkAnswer('result', 'locator', ' ', known)).toBe('an answer is needed here');
  });
  it('asks again at once when an answer is wrong, and only then goes on', async () => {
    const typed = ['zai-card', 'glm-5-3', 'glm-5-2', 'hle'];
    const prompts: string[] = [];
    const said: string[] = [];
    const answers: Answers = {};
    const fields = FIELDS.result.filter((f) => ['source', 'model', 'benchmark'].includes(f.flag));
    const done = await askFields(fields, answers, async (p) => (prompts.push(p), typed.shift()), (flag, text) => checkAnswer('result', flag, text, known), (l) => said.push(l));
    expect(done).toBe(true);
    expect(answers).toEqual({ source: 'zai-card', model: 'glm-5-2', benchmark: 'hle' });
    expect(said).toEqual(['  no model has the id "glm-5-3" (nearest: glm-5-1, glm-5-2, glm-4-6); add data/models/glm-5-3.json first, or fix the id']);
    expect(prompts[1]).toBe(prompts[2]);
  });
});
