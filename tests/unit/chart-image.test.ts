import { describe, expect, it } from 'vitest';
import { barChartFor } from '../../src/lib/charts/bar';
import { overTimeChartFor } from '../../src/lib/charts/over-time';
import { scatterChartFor } from '../../src/lib/charts/scatter';
import { chartSize } from '../../src/lib/charts/size';
import { chartOgPng, chartPng, chartSvg, compactSvg } from '../../src/render/chart-image';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const caption = { title: 'T', subtitle: 'Benchmark Ledger · https://x.org/charts/bench-pct/ · dataset abc' };
const png = (b: Buffer) => ({ signature: b.subarray(1, 4).toString(), width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('build-time chart images', () => {
  for (const def of [barChartFor(data, 'bench-pct')!, scatterChartFor(data, 'price', 'bench-pct')!, overTimeChartFor(data, 'bench-pct')!]) {
    it(`draw a ${def.kind} chart as PNG at twice its size, and a social image at 1200×630`, () => {
      const { width } = chartSize(def);
      expect(png(chartPng(def, caption))).toMatchObject({ signature: 'PNG', width: width * 2 });
      expect(png(chartOgPng(def, caption))).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    });
  }
  it('draw SVG with text as paths on an explicit background', () => {
    const svg = chartSvg(barChartFor(data, 'bench-pct')!, caption).toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?><svg /);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('fill="white"');
  });
  it('keep SVG compact: one decimal, no indentation', () => {
    expect(compactSvg('<a>\n\t<path d="M1.23456 7.8"/>\n</a>')).toBe('<a><path d="M1.2 7.8"/></a>');
  });
});
