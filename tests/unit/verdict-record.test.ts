import { describe, expect, it } from 'vitest';
import { judgeClaim } from '../../src/lib/verdicts';
import { goldenRecord, outcomeRecord, verdictRecord } from '../../src/lib/verdicts/record';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset!;
const v = judgeClaim(data, 'model-x-rivals', data.claims.get('model-x-rivals')!);

describe('verdict records', () => {
  it('carry the three verdicts, the launch date and the vendor sentence', () => {
    expect(verdictRecord(v)).toEqual({
      id: 'model-x-rivals', kind: 'measurable', verdict: v.verdict, verdictIndependent: v.verdictIndependent, verdictToday: v.verdictToday,
      comparedAt: '2026-06-16', vendorEffect: null,
    });
  });
  it('keep every line with its counted flag, gap, threshold, measurer and measurements', () => {
    const r = outcomeRecord(v.atLaunch)!;
    expect(r.verdict).toBe(v.atLaunch!.verdict);
    expect(r.lines).toHaveLength(v.atLaunch!.lines.length);
    const judged = r.lines.find((l) => l.gap !== undefined)!;
    expect(judged).toEqual({
      label: 'Arena (style control)', pass: false, counted: true, gap: -40, threshold: -20, measurer: 'board',
      evidence: [
        { model: 'model-x', score: 1450, measurement: 'model-x--arena-elo--style-control--board--1450', provenance: 'independent' },
        { model: 'model-y', score: 1490, measurement: 'model-y--arena-elo--style-control--board--1490', provenance: 'independent' },
      ],
      detail: expect.stringContaining('40 Elo points behind'),
    });
    expect(r.sensitivity?.map((s) => s.minGap)).toEqual([-5, -4, -3, -2, -1]);
  });
  it('leave out what a line does not have, and an absent outcome is undefined', () => {
    expect(outcomeRecord(undefined)).toBeUndefined();
    const opinion = judgeClaim(data, 'opinion', data.claims.get('opinion')!);
    expect(goldenRecord(opinion)).toMatchObject({ verdict: 'Opinion', atLaunch: null, atLaunchIndependent: null, today: null });
    const notComparable = outcomeRecord(v.atLaunch)!.lines.find((l) => l.pass === null);
    if (notComparable) expect(Object.keys(notComparable).sort()).toEqual(['counted', 'detail', 'label', 'pass', ...(notComparable.measurer ? ['measurer'] : [])].sort());
  });
  it('mark a line shown for context as not counted, and a tie as a tie', () => {
    const o = { ...v.atLaunch!, lines: [{ label: 'a', pass: true, counted: false, tie: true, detail: 'd' }, { label: 'b', pass: false, detail: 'e' }] };
    expect(outcomeRecord(o)!.lines).toEqual([
      { label: 'a', pass: true, counted: false, tie: true, detail: 'd' },
      { label: 'b', pass: false, counted: true, detail: 'e' },
    ]);
  });
});
