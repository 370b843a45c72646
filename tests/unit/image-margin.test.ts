import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_MARGIN, withImageMargin } from '../../src/render/image-margin';

const chart = (width: number) => ({ chart: { width } });

describe('withImageMargin', () => {
  it('adds the margin to a chart\'s own padding, in each of the forms Chart.js takes', () => {
    const { side, bottom } = IMAGE_MARGIN;
    expect(withImageMargin(undefined)(chart(800))).toEqual({ left: side, right: side, top: side, bottom });
    expect(withImageMargin(4)(chart(800))).toEqual({ left: 4 + side, right: 4 + side, top: 4 + side, bottom: 4 + bottom });
    expect(withImageMargin({ right: 104 })(chart(800))).toEqual({ left: side, right: 104 + side, top: side, bottom });
    const byWidth = (c: { chart: { width: number } }) => ({ right: c.chart.width < 560 ? 12 : 48 });
    expect(withImageMargin(byWidth)(chart(375)).right).toBe(12 + side);
    expect(withImageMargin(byWidth)(chart(960)).right).toBe(48 + side);
  });

  it('for all paddings: every edge gets at least the margin, and exactly own + margin', () => {
    const edge = fc.integer({ min: 0, max: 200 });
    fc.assert(fc.property(fc.record({ left: edge, right: edge, top: edge, bottom: edge }, { requiredKeys: [] }), fc.integer({ min: 200, max: 2000 }), (own, w) => {
      const p = withImageMargin(own)(chart(w));
      expect(p.left).toBe((own.left ?? 0) + IMAGE_MARGIN.side);
      expect(p.right).toBe((own.right ?? 0) + IMAGE_MARGIN.side);
      expect(p.top).toBe((own.top ?? 0) + IMAGE_MARGIN.side);
      expect(p.bottom).toBe((own.bottom ?? 0) + IMAGE_MARGIN.bottom);
    }));
  });
});
