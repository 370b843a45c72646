/**
 * The chart's JSON download names each document once (src/lib/charts/file.ts): the real data's
 * every chart comes back exactly, the file is smaller, and drawing reads no citation, so the
 * chart script can draw the file's chart as it stands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toChartConfig } from '../../src/lib/charts/config';
import { chartFile, chartFromFile } from '../../src/lib/charts/file';
import { chartFor, listCharts } from '../../src/lib/charts/list';
import { LIGHT } from '../../src/lib/charts/theme';
import type { ChartDef, Figure } from '../../src/lib/charts/types';
import { validateDir } from '../../src/lib/load';

const ROOT = join(import.meta.dirname, '..', '..');
const { dataset } = validateDir(join(ROOT, 'data'), '2026-12-31', ROOT);
const defs = listCharts(dataset!).map((r) => chartFor(dataset!, r.id)!);
const figuresOf = (def: ChartDef): Figure[] =>
  def.kind === 'bar' ? def.figures : def.kind === 'scatter' ? def.points : def.series.flatMap((s) => s.steps);

describe('the chart file', () => {
  it('gives back every chart of the data exactly', () => {
    expect(defs.length).toBeGreaterThan(100);
    for (const def of defs) expect(chartFromFile(JSON.parse(JSON.stringify(chartFile(def))))).toEqual(JSON.parse(JSON.stringify(def)));
  });
  it('names each document once, and a figure its citations by id', () => {
    const def = defs.find((d) => d.kind === 'bar' && d.figures.some((f) => f.citations.length > 1))!;
    const file = chartFile(def);
    const f = figuresOf(file.chart)[0] as unknown as { source: number; citations: Record<string, unknown>[] };
    expect(f.source).toBe(0);
    expect(Object.keys(f.citations[0]!).sort()).toEqual(['id', 'locator', 'row']);
    const ids = new Set(figuresOf(def).flatMap((x) => x.citations.map((c) => c.id)));
    expect(Object.keys(file.sources).sort()).toEqual([...ids].sort());
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(def).length);
  });
  it('keeps a citation\'s publisher when it is not its source\'s', () => {
    const def = defs[0]!;
    const fig = figuresOf(def)[0]!;
    const other = { ...fig, citations: [...fig.citations, { ...fig.citations[0]!, row: 'x-9', publisher: 'Board' }] };
    const changed = def.kind === 'bar' ? { ...def, figures: [other, ...def.figures.slice(1)] } : def;
    if (changed === def) return;
    const back = chartFromFile(chartFile(changed));
    expect(figuresOf(back)[0]!.citations.map((c) => c.publisher)).toEqual(other.citations.map((c) => c.publisher));
  });
  it('draws as the definition does: the drawing code reads no citation', () => {
    for (const def of defs.slice(0, 40)) {
      const a = JSON.stringify(toChartConfig(def, { theme: LIGHT, static: true }));
      expect(JSON.stringify(toChartConfig(chartFile(def).chart, { theme: LIGHT, static: true }))).toBe(a);
    }
    for (const f of ['config.ts', 'config-bar.ts', 'config-points.ts', 'config-shared.ts', 'labels.ts', 'whiskers.ts', 'order.ts', 'place-labels.ts']) {
      expect(readFileSync(join(ROOT, 'src', 'lib', 'charts', f), 'utf8'), f).not.toMatch(/\.citations\b|\.source\b/);
    }
    expect(readFileSync(join(ROOT, 'src', 'client', 'ledger-chart.ts'), 'utf8')).not.toMatch(/\.citations\b|\.source\b/);
  });
});
