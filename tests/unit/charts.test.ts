import { describe, expect, it } from 'vitest';
import { barChartFor } from '../../src/lib/charts/bar';
import { chartGroups } from '../../src/lib/charts/catalog';
import { bibEscape, citeChart } from '../../src/lib/charts/cite';
import { chartCsv } from '../../src/lib/charts/csv';
import { csvCell as csvField } from '../../src/lib/csv';
import { chartNorm, differsFromNorm } from '../../src/lib/charts/figures';
import { barChartId, chartPath, variantSlug } from '../../src/lib/charts/ids';
import { chartFor, listCharts } from '../../src/lib/charts/list';
import { overTimeChartFor, runningBest } from '../../src/lib/charts/over-time';
import { figurePerModel, isMainChart } from '../../src/lib/charts/pick';
import { checkChartRedirects } from '../../src/lib/charts/redirects';
import { blendedPrice, scatterChartFor } from '../../src/lib/charts/scatter';
import type { DatedPoint } from '../../src/lib/charts/types';
import type { Dataset } from '../../src/lib/dataset';
import { dataAsOf, datasetVersion } from '../../src/lib/dataset-version';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;

describe('chart ids', () => {
  it('follow one rule: benchmark id, plus the variant slug', () => {
    expect(barChartId('hle')).toBe('hle');
    expect(barChartId('hle', 'with tools')).toBe('hle--with-tools');
    expect(variantSlug('<128K')).toBe('lt-128k');
    expect(variantSlug('128K')).toBe('128k');
    expect(variantSlug('AMPS_Hard')).toBe('amps-hard');
    expect(chartPath('hle--no-tools')).toBe('/charts/hle--no-tools/');
  });
  it('list one bar chart per benchmark and variant', () => {
    expect(listCharts(data).map((c) => c.id)).toEqual(['arena-elo--style-control', 'bench-pct']);
  });
  it('treat variants equal up to case and punctuation as one chart', () => {
    const d: Dataset = { ...data, results: data.results.map((r) => (r.benchmark === 'arena-elo' && r.model === 'model-x' ? { ...r, variant: 'Style-Control' } : r)) };
    expect(listCharts(d).map((c) => c.id)).toEqual(['arena-elo--style-control', 'bench-pct']);
    expect(barChartFor(d, 'arena-elo', 'style control')!.figures).toHaveLength(2);
  });
});

describe('bar charts', () => {
  const chart = barChartFor(data, 'bench-pct')!;
  it('draw every figure, best first, with who published it', () => {
    expect(chart.figures.map((f) => [f.model, f.score, f.provenance])).toEqual([
      ['model-x', 61.1, 'self-reported'],
      ['model-x', 60.7, 'self-reported'],
      ['model-y', 59.3, 'self-reported'],
      ['model-y', 57, 'rival-reported'],
    ]);
    expect(chart.figures[0]!.source).toMatchObject({ id: 'zai-card', url: 'https://example.org/zai-card', publisher: 'Zhipu AI' });
  });
  it('show conflicts and revisions as both values, pointing at each other', () => {
    const y = chart.figures.filter((f) => f.model === 'model-y');
    expect(y.map((f) => f.conflict?.kind)).toEqual(['conflict', 'conflict']);
    expect(y[0]!.conflict!.others).toEqual([y[1]!.key]);
    expect(chart.figures[0]!.conflict?.kind).toBe('revision');
  });
  it('take the most common settings as the norm and flag the rest', () => {
    expect(chart.norm).toEqual({ harness: 'Terminus-2' });
    // Test conditions only: reasoning effort is each vendor's choice, never a norm.
    const rows = [{ settings: { tools: 'none', reasoningEffort: 'high' } }, { settings: { tools: 'None' } }, { settings: { tools: 'python', attempts: 8, reasoningEffort: 'low' } }];
    const norm = chartNorm(rows);
    expect(norm).toEqual({ tools: 'none', attempts: '8' });
    expect(differsFromNorm(rows[2]!, norm)).toEqual(['tools']);
    expect(differsFromNorm({ settings: {} }, norm)).toEqual([]);
  });
  it('say in one sentence what the chart shows', () => {
    expect(chart.summary).toBe('bench-pct: 4 measurements for 2 models, printed in 3 sources; the highest is 61.1% for Model X (self-reported, Zhipu AI).'.replace('bench-pct', chart.title));
  });
  it('are undefined for a benchmark without figures', () => {
    expect(barChartFor(data, 'no-such-benchmark')).toBeUndefined();
  });
});

describe('derived charts', () => {
  it('are made only for main charts', () => {
    expect(isMainChart(20, 'coding')).toBe(true);
    expect(isMainChart(19, 'coding')).toBe(false);
    expect(isMainChart(5, 'aggregate-index')).toBe(true);
  });
  it('pick one figure per model: at the norm, independent first, then newest source', () => {
    const picks = figurePerModel(barChartFor(data, 'bench-pct')!);
    expect(picks.map((f) => [f.model, f.score])).toEqual([['model-x', 60.7], ['model-y', 57]]);
  });
  it('list models without a value beside the scatter plot', () => {
    const price = scatterChartFor(data, 'price', 'bench-pct')!;
    expect(price.points.map((p) => [p.model, p.x])).toEqual([['model-x', blendedPrice({ input: 1, output: 3.2 })]]);
    expect(price.beside).toEqual([{ model: 'model-y', modelName: 'Model Y', reason: 'no API price published' }]);
    expect(scatterChartFor(data, 'active-params', 'bench-pct')!.beside[0]!.reason).toBe('active parameters undisclosed');
    expect(chartFor(data, 'price-vs-bench-pct')).toBeUndefined();
  });
  it('step the running best per origin by release date', () => {
    const p = (released: string, score: number) => ({ released, score, modelName: released }) as DatedPoint;
    expect(runningBest([p('2026-03-01', 50), p('2026-01-01', 40), p('2026-02-01', 30), p('2026-04-01', 60)], true).map((x) => x.score)).toEqual([40, 50, 60]);
    expect(runningBest([p('2026-01-01', 40), p('2026-02-01', 30)], false).map((x) => x.score)).toEqual([40, 30]);
    const chart = overTimeChartFor(data, 'bench-pct')!;
    expect(chart.series.map((s) => [s.origin, s.steps.map((x) => x.model)])).toEqual([['china', ['model-x']], ['west', ['model-y']]]);
    expect(chart.until).toBe(dataAsOf(data));
  });
  it('are grouped for the index page', () => {
    expect(chartGroups(data).map((g) => g.items.length)).toEqual([0, 0, 2]);
  });
});

describe('chart redirects', () => {
  const withRedirect = (to: string, from = 'old-chart'): Dataset => ({
    ...data,
    redirects: new Map([['chart-old', { kind: 'chart', from, to, date: '2026-07-01', reason: 'renamed' }]]),
  });
  it('must lead to a live chart id', () => {
    expect(checkChartRedirects(withRedirect('bench-pct'))).toEqual([]);
    expect(checkChartRedirects(withRedirect('bench-pc')).map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'data/redirects/chart-old.json: to: no chart has the id "bench-pc" (a redirect must lead to a live chart; see src/lib/charts/README.md for how chart ids are made)',
    ]);
  });
  it('must retire its old id', () => {
    expect(checkChartRedirects(withRedirect('bench-pct', 'arena-elo--style-control'))[0]!.path).toBe('from');
  });
});

describe('dataset version', () => {
  it('is a short content hash that changes with any figure', () => {
    expect(datasetVersion(data)).toMatch(/^[0-9a-f]{12}$/);
    expect(datasetVersion({ ...data })).toBe(datasetVersion(data));
    const changed = { ...data, results: data.results.map((r, i) => (i === 0 ? { ...r, score: r.score + 0.1 } : r)) };
    expect(datasetVersion(changed)).not.toBe(datasetVersion(data));
  });
  it('dates the data by the newest source date', () => {
    expect(dataAsOf(data)).toBe('2026-11-29');
  });
});

describe('downloads and citations', () => {
  it('write CSV with one line per figure, quoting where needed', () => {
    const csv = chartCsv(barChartFor(data, 'bench-pct')!).split('\r\n');
    expect(csv[0]!.startsWith('chart,model_id,model,score,unit,provenance')).toBe(true);
    expect(csv).toHaveLength(6);
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
  });
  it('cite with the permalink, dataset version and access date in every style', () => {
    const c = citeChart({ id: 'hle', title: 'HLE & co', permalink: 'https://x.org/charts/hle/', version: 'abc123', asOf: '2026-11-20', accessed: '2026-11-29' });
    for (const text of Object.values(c)) {
      expect(text).toContain('https://x.org/charts/hle/?v=abc123');
      expect(text).toContain('dataset version abc123');
    }
    expect(c.apa).toContain('Retrieved November 29, 2026');
    expect(c.mla).toContain('Accessed 29 Nov. 2026');
    expect(c.bibtex).toContain('title = {{HLE \\& co}}');
    expect(bibEscape('50%_x')).toBe('50\\%\\_x');
  });
});

describe('versionedUrl', () => {
  it('adds the version a citation saw, keeping query and fragment', async () => {
    const { versionedUrl } = await import('../../src/lib/versions/paths');
    expect(versionedUrl('https://x.org/charts/hle/', 'abc123')).toBe('https://x.org/charts/hle/?v=abc123');
    expect(versionedUrl('https://x.org/c/?a=1', 'abc123')).toBe('https://x.org/c/?a=1&v=abc123');
    expect(versionedUrl('https://x.org/c/#t', 'abc123')).toBe('https://x.org/c/?v=abc123#t');
    expect(versionedUrl('https://x.org/c/', 'a b')).toBe('https://x.org/c/?v=a%20b');
  });
});

describe('citeChart for other pages', () => {
  it('names the kind of page it cites', async () => {
    const { citeChart } = await import('../../src/lib/charts/cite');
    const c = citeChart({ id: 'claim-x', kind: 'claim', title: 'Claim: X', permalink: 'https://x.org/claims/x/', version: 'abc123', asOf: '2026-11-20', accessed: '2026-11-29' });
    expect(c.plain).toBe('Benchmark Ledger, "Claim: X" (claim), dataset version abc123, data as of 2026-11-20. https://x.org/claims/x/?v=abc123 (accessed 2026-11-29).');
    expect(c.apa).toContain('[Claim; dataset version abc123');
  });
});
