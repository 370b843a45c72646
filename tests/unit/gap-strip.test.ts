import { describe, expect, it } from 'vitest';
import { gapBars } from '../../src/lib/gap-strip';

describe('gapBars', () => {
  it('draws behind to the left of zero and ahead to the right, scaled to the widest gap', () => {
    const { bars, zero } = gapBars(
      [
        { label: 'A', pass: false, detail: '', gap: -10 },
        { label: 'B', pass: true, detail: '', gap: 5 },
        { label: 'C', pass: null, detail: 'not compared' },
      ],
      204,
    );
    expect(zero).toBe(102);
    expect(bars.map((b) => [b.label, b.x, b.w])).toEqual([['A', 2, 100], ['B', 102, 50]]);
  });

  it('scales to percentage-point gaps and cuts a larger Elo gap at the edge', () => {
    const { bars } = gapBars(
      [
        { label: 'pct', pass: true, detail: '', gap: 5, gapUnit: 'points' },
        { label: 'elo', pass: true, detail: '', gap: 95, gapUnit: 'rating' },
      ],
      204,
    );
    expect(bars.map((b) => [b.label, b.w, b.clipped])).toEqual([['pct', 100, false], ['elo', 100, true]]);
  });
});
