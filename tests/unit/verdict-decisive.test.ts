/** The decisive numbers a claim page leads with (src/lib/verdicts/decisive.ts). */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/lib/dataset';
import { decisiveLines, decisiveSentence } from '../../src/lib/verdicts/decisive';
import type { Evidence, Line, Outcome, Verdict } from '../../src/lib/verdicts/types';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset!;
const ev = (model: string, score: number, benchmark = 'bench-pct', source = 'board-snapshot'): Evidence => ({
  model, score, row: { model, benchmark, score, settings: {}, locator: 't', source, index: 0 } as ResultRow, provenance: 'independent', secondary: false,
});
/** Fields a test may set, or unset with undefined. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
const line = (label: string, extra: Loose<Line> = {}): Line => ({ label, pass: true, detail: '', evidence: [ev('model-x', 1), ev('model-y', 2)], gap: 0, threshold: 0, independent: true, ...extra }) as Line;
const outcome = (verdict: Verdict, lines: Line[]): Outcome => ({ verdict, rule: '', reason: '', lines, vendorOnly: false, wouldChange: '' });
const labels = (ls: Line[]) => ls.map((l) => l.label);

describe('decisiveSentence', () => {
  it('names both models, both scores in the benchmark\'s unit, the measurer and the date', () => {
    const l = line('Bench Percent 2.0', { evidence: [ev('model-x', 51.1), ev('model-y', 60)], measurer: 'board', independent: true });
    expect(decisiveSentence(data, l)).toBe('Model X 51.1% vs Model Y 60% on Bench Percent 2.0, both measured by An Independent Board (independent) (2026-07-01)');
  });
  it('leaves out "(independent)" for a vendor and falls back to ids it does not know', () => {
    const l = line('Bench', { evidence: [ev('model-x', 51.1, 'no-bench', 'no-source'), ev('model-q', 60, 'no-bench', 'no-source')], measurer: 'someone', independent: false });
    expect(decisiveSentence(data, l)).toBe('Model X 51.1 vs model-q 60 on Bench, both measured by someone');
  });
  it('says nothing of a measurer the line does not name', () => {
    expect(decisiveSentence(data, line('Arena', { evidence: [ev('model-x', 1450, 'arena-elo'), ev('model-y', 1490, 'arena-elo')] }))).toBe('Model X 1450 Elo vs Model Y 1490 Elo on Arena (2026-07-01)');
  });
  it('is undefined without a pair of figures', () => {
    expect(decisiveSentence(data, line('x', { evidence: undefined }))).toBeUndefined();
    expect(decisiveSentence(data, line('x', { evidence: [ev('model-x', 1)] }))).toBeUndefined();
  });
});

describe('decisiveLines', () => {
  const pass = line('pass'), fail = line('fail', { pass: false });
  it('leads a positive verdict with passing lines and a negative one with failing lines', () => {
    expect(labels(decisiveLines(outcome('Supported', [fail, pass])))).toEqual(['pass']);
    expect(labels(decisiveLines(outcome('Partly supported', [fail, pass])))).toEqual(['pass']);
    expect(labels(decisiveLines(outcome('Not supported', [fail, pass])))).toEqual(['fail']);
  });
  it('falls back to every counted line when none goes the verdict\'s way', () => {
    expect(labels(decisiveLines(outcome('Not supported', [line('b'), line('a')])))).toEqual(['a', 'b']);
  });
  it('leaves out lines not counted, not decided, or without figures', () => {
    const o = outcome('Supported', [line('shown', { counted: false }), line('open', { pass: null }), line('bare', { evidence: undefined }), line('kept', { counted: true })]);
    expect(labels(decisiveLines(o))).toEqual(['kept']);
    expect(decisiveLines(outcome('Supported', [line('open', { pass: null })]))).toEqual([]);
  });
  it('puts independent measurements first, then the widest margin from the threshold, then label order', () => {
    const o = outcome('Supported', [
      line('vendor wide', { independent: false, gap: 30, threshold: -3 }),
      line('a narrow', { gap: -2, threshold: -3 }),
      line('b wide', { gap: 1, threshold: -3 }),
    ]);
    expect(labels(decisiveLines(o))).toEqual(['b wide', 'a narrow', 'vendor wide']);
    expect(labels(decisiveLines(outcome('Supported', [line('z'), line('y')])))).toEqual(['y', 'z']);
  });
  it('counts a missing gap or threshold as 0 for the margin', () => {
    const o = outcome('Supported', [line('a', { gap: undefined, threshold: -1 }), line('b', { gap: 3, threshold: undefined })]);
    expect(labels(decisiveLines(o))).toEqual(['b', 'a']);
  });
  it('returns at most three lines unless told otherwise', () => {
    const o = outcome('Supported', ['a', 'b', 'c', 'd'].map((l) => line(l)));
    expect(labels(decisiveLines(o))).toEqual(['a', 'b', 'c']);
    expect(labels(decisiveLines(o, 1))).toEqual(['a']);
  });
});
