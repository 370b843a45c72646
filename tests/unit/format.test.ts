import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssPercent, formatGap, formatNumber, formatPrice, formatScore, formatUncertainty, roundTo, scoreDecimals } from '../../src/lib/format';

describe('numbers as people read them', () => {
  it('shows Elo in whole points, indexes to one decimal, percentages as printed', () => {
    expect(formatScore(1475.2392787477274, 'Elo')).toBe('1475 Elo');
    expect(formatScore(1504.355209789498, 'Elo')).toBe('1504 Elo');
    expect(formatScore(57.23456, 'index')).toBe('57.2');
    expect(formatScore(57, 'index')).toBe('57.0');
    expect(formatScore(62.1, '%')).toBe('62.1%');
    expect(formatScore(88, '%')).toBe('88%');
    expect(formatScore(71.2345, '%')).toBe('71.23%');
  });
  it('keeps three decimals on a 0–1 scale and on points of unknown range', () => {
    expect(formatScore(0.401, 'points', { min: 0, max: 1 })).toBe('0.401 points');
    expect(formatScore(0.4012345, 'points')).toBe('0.401 points');
    expect(scoreDecimals('%', { min: 0, max: 100 })).toBe(2);
  });
  it('rounds halves away from zero and never prints -0', () => {
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(formatNumber(-1.25, 1)).toBe('−1.3');
  });
  it('prints gaps to one decimal (whole points on Elo), signed on request', () => {
    expect(formatGap(-4.2499, '%')).toBe('4.2');
    expect(formatGap(4.25, '%', true)).toBe('+4.3');
    expect(formatGap(-29.1, 'Elo', true)).toBe('−29');
    expect(formatGap(0.04, '%', true)).toBe('0');
  });
  it('rounds uncertainty like its score, and prices to three decimals', () => {
    expect(formatUncertainty({ minus: 5.2345, plus: 5.2345, kind: '95% CI' }, 'Elo')).toBe('±5 (95% CI)');
    expect(formatUncertainty({ minus: 1, plus: 2, kind: 'CI' }, '%')).toBe('−1/+2 (CI)');
    expect(formatPrice(1.25, 'USD')).toBe('$1.25');
    expect(formatPrice(0.0755, 'CNY')).toBe('¥0.076');
  });
  it('never shows more decimals than its scale allows, for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom('%', 'Elo', 'index', 'points'), (n, unit) => {
        const text = formatScore(n, unit).replace(/[^0-9.]/g, '');
        const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
        expect(decimals).toBeLessThanOrEqual(scoreDecimals(unit));
      }),
    );
  });
});

describe('counts and parameters', () => {
  it('group thousands and print parameters as published', async () => {
    const { formatCount, formatBillions } = await import('../../src/lib/format');
    expect(formatCount(200000)).toBe('200,000');
    expect(formatCount(1048576)).toBe('1,048,576');
    expect(formatCount(999)).toBe('999');
    expect(formatBillions(744)).toBe('744 billion');
    expect(formatBillions(1.5)).toBe('1.5 billion');
  });
});

describe('numbers in prose', () => {
  it('round machine precision to two decimals and leave printed numbers alone', async () => {
    const { formatProse } = await import('../../src/lib/format');
    expect(formatProse("rating_lower 1516.548029444045, rating_upper 1534.2432576703181; vote_count 4892.0.")).toBe('rating_lower 1516.55, rating_upper 1534.24; vote_count 4892.0.');
    expect(formatProse('scored 62.1 (0.401 as a fraction), see arXiv:2512.02556')).toBe('scored 62.1 (0.401 as a fraction), see arXiv:2512.02556');
  });
});

describe('formatBytes', () => {
  it('prints bytes, KB and MB as a download link shows them', async () => {
    const { formatBytes } = await import('../../src/lib/format');
    expect([formatBytes(812), formatBytes(4321), formatBytes(48_400), formatBytes(1_340_000)]).toEqual(['812 bytes', '4.3 KB', '48 KB', '1.3 MB']);
  });
});

describe('cssPercent', () => {
  it('writes a CSS position to a hundredth of a percent', () => {
    expect(cssPercent(9.84054669703873)).toBe('9.84%');
    expect(cssPercent(50)).toBe('50%');
    expect(cssPercent(0.004)).toBe('0%');
  });
});
