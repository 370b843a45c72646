import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/lib/charts/config';
import { monthTicks } from '../../src/lib/charts/config-points';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('monthTicks (the over-time axis)', () => {
  it('puts ticks on the first of a month, every quarter for a two-year axis', () => {
    expect(monthTicks(dayNumber('2025-01-10'), dayNumber('2026-12-01')).map(iso)).toEqual([
      '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01',
    ]);
    expect(monthTicks(dayNumber('2026-03-01'), dayNumber('2026-06-15')).map(iso)).toEqual(['2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01']);
  });

  it('for all ranges: ticks are first days of months, inside the range, evenly many months apart, at most 8', () => {
    const day = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-01-01') });
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 9000 }), (min, span) => {
      const ticks = monthTicks(min, min + span);
      expect(ticks.length).toBeLessThanOrEqual(8);
      const months = ticks.map((t) => { const d = new Date(t * 86_400_000); expect(d.getUTCDate()).toBe(1); return d.getUTCFullYear() * 12 + d.getUTCMonth(); });
      for (const t of ticks) { expect(t).toBeGreaterThanOrEqual(min); expect(t).toBeLessThanOrEqual(min + span); }
      for (let i = 2; i < months.length; i++) expect(months[i]! - months[i - 1]!).toBe(months[1]! - months[0]!);
    }));
  });
});
