/** The embed page's source line and the iframe height its snippet states (src/lib/charts/embed.ts). */
import { describe, expect, it } from 'vitest';
import { chartFor } from '../../src/lib/charts/list';
import { embedChartPx, embedHeight, embedSource } from '../../src/lib/charts/embed';
import { BAR_PX_PHONE, FRAME_PX } from '../../src/lib/charts/size';
import type { BarChart } from '../../src/lib/charts/types';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const bar = chartFor(data, 'bench-pct') as BarChart;

describe('the embed source line', () => {
  it('counts figures and documents, names the measurers and the dataset version', () => {
    const s = embedSource(bar, 'v1.2.3', '2026-07-01');
    expect(s.text).toMatch(/^▲ China · ● West · ■ elsewhere\. \d+ figures? printed in \d+ documents?; measured by /);
    expect(s.text).toContain('Benchmark Ledger, dataset v1.2.3, data as of 2026-07-01.');
    expect(s.link).toBe('the chart page');
  });
  it('names at most three measurers and counts the rest', () => {
    const many = { ...bar, figures: ['A', 'B', 'C', 'D', 'E'].map((m, i) => ({ ...bar.figures[0]!, key: `k${i}`, measurer: m })) };
    expect(embedSource(many, 'v', 'd').text).toContain('measured by A, B, C and 2 more.');
  });
});

describe('the embed height', () => {
  it('gives bars their phone height at every width, and other charts a fixed plot', () => {
    expect(embedChartPx(bar)).toBe(FRAME_PX + BAR_PX_PHONE * Math.max(bar.figures.length, 3));
    const tall = { ...bar, figures: Array.from({ length: 40 }, (_, i) => ({ ...bar.figures[0]!, key: `k${i}` })) };
    expect(embedChartPx(tall) - embedChartPx(bar)).toBe(BAR_PX_PHONE * (40 - Math.max(bar.figures.length, 3)));
  });
  it('grows with the lines the title and source line take at the narrowest width', () => {
    const source = embedSource(bar, 'v', 'd');
    const short = embedHeight({ ...bar, title: 'Short' }, source);
    const long = embedHeight({ ...bar, title: 'A much longer title that wraps onto three lines at 320 pixels' }, source);
    expect(long - short).toBe(2 * 21);
    expect(embedHeight(bar, { ...source, text: `${source.text} ${'word '.repeat(40)}` })).toBeGreaterThan(embedHeight(bar, source));
  });
});
