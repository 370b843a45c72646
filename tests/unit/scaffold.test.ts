import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/lib/load';
import { booleanOrText, numberOrText } from '../../src/lib/scaffold/fields';
import { appendResult, buildModel, buildResult, buildSource, checkDraft, draft, scoreProblems } from '../../src/lib/scaffold/records';
import { FIXTURES, TODAY } from '../support/fixtures';

const files = readDataDir(join(FIXTURES, 'valid')).files;
const noFile = () => undefined;

describe('typed text becomes JSON values without being corrected', () => {
  it('numbers stay numbers, anything else stays text for the validator to judge', () => {
    expect(numberOrText('61.1')).toBe(61.1);
    expect(numberOrText('1e3')).toBe(1000);
    expect(numberOrText('81%')).toBe('81%');
    expect(numberOrText('undisclosed')).toBe('undisclosed');
    expect(booleanOrText('Yes')).toBe(true);
    expect(booleanOrText('no')).toBe(false);
    expect(booleanOrText('maybe')).toBe('maybe');
  });
});

describe('building records', () => {
  it('writes only the settings that were given', () => {
    expect(buildResult({ model: 'model-y', benchmark: 'bench-pct', score: '59.3', locator: 'row 3', tools: '', harness: 'Terminus-2', attempts: '1' }))
      .toEqual({ model: 'model-y', benchmark: 'bench-pct', score: 59.3, settings: { harness: 'Terminus-2', attempts: 1 }, locator: 'row 3' });
  });
  it('writes a source, today as the retrieval day, "none" as a null date, a copy as readFrom', () => {
    const { id, record } = buildSource({ id: 'x', title: 'T', publisher: 'board', url: 'https://x.org/', kind: 'press', published: 'none',
      'read-from': 'https://copy.org/', 'read-from-note': 'a copy', relays: 'zhipu-ai' }, TODAY);
    expect(id).toBe('x');
    expect(record).toMatchObject({ published: null, retrieved: TODAY, readFrom: { url: 'https://copy.org/', note: 'a copy' }, relays: 'zhipu-ai' });
  });
  it('gives every model fact the common source unless one is named', () => {
    const { record } = buildModel({ id: 'm', source: 'zai-card', released: '2026-06-20', 'released-locator': 'header', 'context-source': 'zai-card-v2', context: 'undisclosed' }) as { record: Record<string, { source?: string; value?: unknown }> };
    expect(record.released).toEqual({ value: '2026-06-20', source: 'zai-card', locator: 'header' });
    expect(record.contextWindow).toMatchObject({ value: 'undisclosed', source: 'zai-card-v2' });
  });
  it('appends to an existing results file, or starts one', () => {
    const before = '{\n  "source": "s",\n  "results": [{ "model": "a" }]\n}\n';
    const text = (r: ReturnType<typeof appendResult>) => (r.ok ? r.text : r.message);
    expect(JSON.parse(text(appendResult(before, 's', { model: 'b' }))).results).toEqual([{ model: 'a' }, { model: 'b' }]);
    expect(JSON.parse(text(appendResult(undefined, 's', { model: 'b' })))).toMatchObject({ source: 's', results: [{ model: 'b' }] });
  });
});

describe('checking the draft before writing', () => {
  const result = { source: 'board-snapshot', model: 'model-y', benchmark: 'bench-pct', locator: 'row 9' };
  it('passes a valid figure', () => {
    const d = draft('result', { ...result, score: '81' }, TODAY, noFile);
    expect(checkDraft(files, d, 'data/results/board-snapshot.json', TODAY)).toEqual([]);
  });
  it('reports a score written "81%" with the validator\'s own message', () => {
    const d = draft('result', { ...result, score: '81%' }, TODAY, noFile);
    expect(checkDraft(files, d, 'data/results/board-snapshot.json', TODAY).map((p) => `${p.path}: ${p.message}`))
      .toEqual(['results[0].score: expected a number, got "81%" (write the number without %)']);
  });
  it('reports an unknown model with a suggestion', () => {
    const d = draft('result', { ...result, model: 'model-yy', score: '81' }, TODAY, noFile);
    expect(checkDraft(files, d, 'f', TODAY)[0]?.message).toContain('did you mean "model-y"?');
  });
  it('judges a score alone against its benchmark, with the validator\'s message, before the rest is known', () => {
    expect(scoreProblems(files, { source: 'board-snapshot', benchmark: 'bench-pct', score: '593' }, TODAY, noFile))
      .toEqual(['expected a number from 0 to 100 (the range of bench-pct), got 593 (check the unit: %)']);
    expect(scoreProblems(files, { source: 'board-snapshot', benchmark: 'bench-pct', score: '59.3' }, TODAY, noFile)).toEqual([]);
  });
});
