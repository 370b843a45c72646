import { describe, expect, it } from 'vitest';
import { benchmarkLabel, daysBetween, formatRange, formatScore, formatUncertainty, plural } from '../../src/lib/browse/format';

describe('format', () => {
  it('counts days across months and years, negative backwards', () => {
    expect(daysBetween('2026-06-16', '2026-06-16')).toBe(0);
    expect(daysBetween('2026-06-16', '2026-07-01')).toBe(15);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
  it('prints scores through the one formatting module', () => {
    expect(formatScore(77.8, '%')).toBe('77.8%');
    expect(formatScore(1450, 'Elo')).toBe('1450 Elo');
    expect(formatScore(0.731, 'index', { min: 0, max: 1 })).toBe('0.731');
  });
  it('prints ranges, including unbounded ones', () => {
    expect(formatRange({ range: { min: 0, max: 100 }, unit: '%' })).toBe('0–100 (%)');
    expect(formatRange({ range: { min: null, max: null }, unit: 'Elo' })).toBe('unbounded (Elo)');
    expect(formatRange({ range: { min: 0, max: null }, unit: 'points' })).toBe('from 0 (points, no upper bound)');
  });
  it('prints uncertainty and labels', () => {
    expect(formatUncertainty({ minus: 1.1, plus: 1.1, kind: '95% CI' })).toBe('±1.1 (95% CI)');
    expect(formatUncertainty({ minus: 1, plus: 2, kind: 'CI' })).toBe('−1/+2 (CI)');
    expect(formatUncertainty(undefined)).toBe('');
    expect(benchmarkLabel({ name: 'HLE', version: null })).toBe('HLE');
    expect(plural(1, 'day')).toBe('1 day');
  });
});
