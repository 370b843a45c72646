import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_PX, MARKER_PX, placeLabels, stepBeforeBands, type Area, type Box } from '../../src/lib/charts/place-labels';

/** A text width rule like 11-px text: 6 px a character. */
const measure = (s: string) => 6 * s.length;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const AREA: Area = { left: 50, top: 40, right: 1010, bottom: 560 };

describe('placeLabels', () => {
  it('names a point in the top-right corner of the plot inside the plot (the corner has room below-left)', () => {
    const [placed] = placeLabels([{ x: AREA.right, y: AREA.top + 2, texts: ['GPT-5.5', '3'] }], AREA, measure);
    expect(placed?.text).toBe('GPT-5.5');
    expect(placed!.box.x + placed!.box.w).toBeLessThanOrEqual(AREA.right);
    expect(placed!.box.y).toBeGreaterThanOrEqual(AREA.top);
  });

  it('names points on every edge and corner in full when nothing else is near', () => {
    const edges = [[AREA.left, AREA.top], [AREA.right, AREA.top], [AREA.left, AREA.bottom], [AREA.right, AREA.bottom], [530, AREA.top], [530, AREA.bottom], [AREA.left, 300], [AREA.right, 300]];
    for (const [x, y] of edges) expect(placeLabels([{ x: x!, y: y!, texts: ['Claude Opus 4.8', '1'] }], AREA, measure)[0]?.text).toBe('Claude Opus 4.8');
  });

  it('falls back to the short form, then to nothing, when the full name has no room', () => {
    // A narrow plot: the long name fits nowhere, the row number does.
    const narrow: Area = { left: 0, top: 0, right: 40, bottom: 60 };
    expect(placeLabels([{ x: 20, y: 30, texts: ['a very long model name', '12'] }], narrow, measure)[0]?.text).toBe('12');
    const tiny: Area = { left: 0, top: 0, right: 12, bottom: 12 };
    expect(placeLabels([{ x: 6, y: 6, texts: ['x', '1'] }], tiny, measure)[0]).toBeUndefined();
  });

  it('for all points and names: every name lies inside the plot, over no other name and no point marker', () => {
    const point = fc.record({
      x: fc.double({ min: AREA.left, max: AREA.right, noNaN: true }),
      y: fc.double({ min: AREA.top, max: AREA.bottom, noNaN: true }),
      texts: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 0, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.integer({ min: 8, max: 16 }), (points, h) => {
        const placed = placeLabels(points, AREA, measure, h);
        expect(placed).toHaveLength(points.length);
        const boxes = placed.flatMap((p, i) => {
          if (!p) return [];
          expect(points[i]!.texts).toContain(p.text);
          expect(p.box.w).toBe(measure(p.text));
          return [p.box];
        });
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(AREA.left);
          expect(b.y).toBeGreaterThanOrEqual(AREA.top);
          expect(b.x + b.w).toBeLessThanOrEqual(AREA.right);
          expect(b.y + b.h).toBeLessThanOrEqual(AREA.bottom);
          for (const p of points) expect(overlaps(b, { x: p.x - MARKER_PX, y: p.y - MARKER_PX, w: 2 * MARKER_PX, h: 2 * MARKER_PX })).toBe(false);
        }
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a stepped line covers the run at each point\'s height and the rise at the next point', () => {
    expect(stepBeforeBands([{ x: 100, y: 300 }, { x: 400, y: 200 }])).toEqual([
      { x: 100 - LINE_PX, y: 300 - LINE_PX, w: 300 + 2 * LINE_PX, h: 2 * LINE_PX },
      { x: 400 - LINE_PX, y: 200 - LINE_PX, w: 2 * LINE_PX, h: 100 + 2 * LINE_PX },
    ]);
    expect(stepBeforeBands([{ x: 5, y: 5 }])).toEqual([]);
  });

  it('does not write a name on the stepped line that runs right from its point (as over-time charts did)', () => {
    const steps = [{ x: 200, y: 400 }, { x: 600, y: 300 }, { x: 900, y: 300 }];
    const placed = placeLabels(steps.map((p, i) => ({ ...p, texts: i < 2 ? ['GLM-4.6', '1'] : [] })), AREA, measure, 12, stepBeforeBands(steps));
    // Right of the point is where the line runs; the name goes elsewhere.
    expect(placed[0]!.box.x).toBeLessThan(200);
    for (const band of stepBeforeBands(steps)) for (const p of placed) if (p) expect(overlaps(p.box, band)).toBe(false);
  });

  it('for all stepped lines: no name covers the line', () => {
    const pt = fc.record({ x: fc.double({ min: AREA.left, max: AREA.right, noNaN: true }), y: fc.double({ min: AREA.top, max: AREA.bottom, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 25 }), (raw) => {
        const steps = [...raw].sort((a, b) => a.x - b.x);
        const bands = stepBeforeBands(steps);
        const placed = placeLabels(steps.map((p) => ({ ...p, texts: ['Model name', '9'] })), AREA, measure, 12, bands);
        for (const p of placed) if (p) for (const b of bands) expect(overlaps(p.box, b)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
