/**
 * Charts stand on measurements: one bar per measurement (never per citing row), every citing
 * document listed first published first, revisions and conflicts as separate bars pointing to
 * each other, the norm judged by settings.ts (unstated is not equal), scores read on the
 * benchmark's scale, and bar labels that never make two bars read alike.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barChartById, barChartFor } from '../../src/lib/charts/bar';
import { toChartConfig } from '../../src/lib/charts/config';
import { barEndText, barLabel, barQualifiers } from '../../src/lib/charts/config-bar';
import { chartCsv } from '../../src/lib/charts/csv';
import { listCharts } from '../../src/lib/charts/list';
import { orderFigures, scoreRanks } from '../../src/lib/charts/order';
import { figurePerModel } from '../../src/lib/charts/pick';
import { LIGHT } from '../../src/lib/charts/theme';
import { labelWidth, wrapLabel } from '../../src/lib/charts/wrap-label';
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import { validateDir } from '../../src/lib/load';
import { measurementsOf } from '../../src/lib/measurements';
import { validateCase } from '../support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const real = validateDir(join(ROOT, 'data')).dataset;
const base = validateCase().dataset;

/** The fixture with the given rows on bench-pct. */
function withRows(rows: Partial<ResultRow>[]): Dataset {
  return {
    ...base,
    results: rows.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', score: 61.1, settings: {}, locator: `row ${index}`, source: 'zai-card', index, ...r })),
  };
}


describe('every bar chart of the real data', () => {
  const bars = listCharts(real).filter((c) => c.kind === 'bar').map((c) => barChartById(real, c.id)!);
  it('exists', () => expect(bars.length).toBeGreaterThan(50));
  it('draws no measurement twice, and every citing row once', () => {
    for (const chart of bars) {
      const keys = chart.figures.map((f) => f.key);
      expect(new Set(keys).size, chart.id).toBe(keys.length);
      const rows = chart.figures.flatMap((f) => f.citations.map((c) => c.row));
      expect(new Set(rows).size, chart.id).toBe(rows.length);
    }
  });
  it('draws every measurement of its benchmark exactly once across charts', () => {
    const drawn = bars.flatMap((c) => c.figures.map((f) => f.key)).sort();
    const all = measurementsOf(real).filter((m) => real.benchmarks.has(m.benchmark)).map((m) => m.id).sort();
    expect(drawn).toEqual(all);
  });
  it('lists each bar\'s citations first published first', () => {
    for (const chart of bars)
      for (const f of chart.figures) {
        const dates = f.citations.map((c) => c.published ?? '9999-99-99');
        expect([...dates].sort(), `${chart.id} ${f.key}`).toEqual(dates);
      }
  });
  it('folds the copies of Z.ai\'s GLM-5.2 SWE-bench Pro figure into one bar', () => {
    const chart = barChartById(real, 'swe-bench-pro')!;
    expect(chart.figures.length).toBeLessThan(64);
    const glm = chart.figures.filter((f) => f.model === 'glm-5-2' && f.score === 62.1 && f.provenance === 'self-reported');
    expect(glm).toHaveLength(1);
    expect(glm[0]!.citations.length).toBeGreaterThan(1);
  });
  it('gives every bar a label no other bar of its chart has, at phone and desktop width', () => {
    for (const chart of bars) {
      const labels = toChartConfig(chart, { theme: LIGHT }).data.labels as string[];
      for (const width of [375, 960]) {
        const shown = labels.map((l) => wrapLabel(l, labelWidth(width)).join(' '));
        expect(new Set(shown).size, `${chart.id} at ${width}`).toBe(shown.length);
      }
    }
  });
});

describe('a folded bar', () => {
  // Three documents print Zhipu's 61.1 (the later card and a relayed copy), one a revision.
  const d = withRows([
    { source: 'zai-card-v2', locator: 'v2 table row 1' },
    { source: 'zai-card', locator: 'table row 1' },
    { source: 'zai-card', score: 60.7, locator: 'table row 2' },
  ]);
  const chart = barChartFor(d, 'bench-pct')!;
  it('is one figure with all its citations, first published first, with their locators', () => {
    const f = chart.figures.find((x) => x.score === 61.1)!;
    expect(chart.figures).toHaveLength(2);
    expect(f.citations.map((c) => [c.id, c.published, c.locator])).toEqual([
      ['zai-card', '2026-06-16', 'table row 1'],
      ['zai-card-v2', '2026-06-17', 'v2 table row 1'],
    ]);
    expect(f.source.id).toBe('zai-card');
    expect(barEndText(f, '%')).toBe('61.1% · 2 docs');
  });
  it('points to the other number of a revision or conflict, never merged', () => {
    const [a, b] = chart.figures;
    expect(a!.conflict?.others).toEqual([b!.key]);
    expect(b!.conflict?.others).toEqual([a!.key]);
  });
  it('is one line of the chart CSV, naming every document', () => {
    const lines = chartCsv(chart).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('measurement_id');
    expect(lines[0]).toContain('documents');
    expect(lines.find((l) => l.includes(',61.1,'))).toContain('zai-card; zai-card-v2');
  });
});

describe('the norm of a bar chart', () => {
  const d = withRows([
    { model: 'model-x', settings: { harness: 'Terminus-2' } },
    { model: 'model-y', source: 'anthropic-post', score: 50, settings: { harness: 'Terminus-2' } },
    { model: 'model-y', source: 'zai-card-v2', score: 40 },
    { model: 'model-x', source: 'anthropic-post', score: 30, settings: { harness: 'Codex' } },
  ]);
  const chart = barChartFor(d, 'bench-pct')!;
  const by = (score: number) => chart.figures.find((f) => f.score === score)!;
  it('treats a setting left unstated as unstated, not as equal', () => {
    expect(chart.norm).toEqual({ harness: 'Terminus-2' });
    expect([by(61.1).differs, by(61.1).unstated]).toEqual([[], []]);
    expect([by(40).differs, by(40).unstated]).toEqual([[], ['harness']]);
    expect(by(30).differs).toEqual(['harness']);
    expect(barLabel(by(40), [], 3)).toBe('3. Model Y °');
    expect(chart.notes.some((n) => n.includes('settings not stated'))).toBe(true);
  });
  it('makes the one-figure-per-model pick prefer the norm, then stated over unstated settings', () => {
    expect(figurePerModel(chart).map((f) => [f.model, f.score])).toEqual([['model-x', 61.1], ['model-y', 50]]);
  });
  it('orders bars best first, or by origin (China, West, elsewhere) with ranks kept', () => {
    expect(orderFigures(chart.figures, 'score', true).map((f) => f.score)).toEqual([61.1, 50, 40, 30]);
    expect(orderFigures(chart.figures, 'origin', true).map((f) => [f.origin, f.score])).toEqual([['china', 61.1], ['china', 30], ['west', 50], ['west', 40]]);
    expect(scoreRanks(chart.figures, true).get(by(30).key)).toBe(4);
  });
});

describe('scores and intervals on the chart', () => {
  it('are read on the benchmark\'s scale (a "fraction" row is drawn in percent)', () => {
    const chart = barChartFor(withRows([{ source: 'board-snapshot', score: 0.611, scale: 'fraction' }]), 'bench-pct')!;
    expect(chart.figures.map((f) => f.score)).toEqual([61.1]);
  });
  it('draw whiskers where a source publishes an interval', () => {
    const chart = barChartFor(base, 'bench-pct')!;
    const u = chart.figures.find((f) => f.model === 'model-y' && f.score === 59.3)!.uncertainty!;
    expect(u).toMatchObject({ minus: 1.1, plus: 1.1, kind: '95% CI', printed: 'distances' });
    expect([u.lower, u.upper].map((n) => Number(n.toFixed(9)))).toEqual([58.2, 60.4]);
    const plugins = (toChartConfig(chart, { theme: LIGHT }).plugins ?? []).map((p) => p.id);
    expect(plugins).toEqual(expect.arrayContaining(['ledgerWhiskers', 'ledgerOriginMarks', 'ledgerLabels']));
  });
});

describe('bar labels', () => {
  it('wrap at spaces and hyphens, two lines at most, marks kept', () => {
    expect(wrapLabel('12. Qwen3-Coder-480B-A35B-Instruct ‡', 48)).toEqual(['12. Qwen3-Coder-480B-A35B-Instruct ‡']);
    expect(wrapLabel('12. Qwen3-Coder-480B-A35B-Instruct ‡', 22)).toEqual(['12. Qwen3-Coder-480B-', 'A35B-Instruct ‡']);
    expect(wrapLabel('103. Qwen3-235B-A22B-Thinking-2507 · awesome-deepseek-v4 † ‡', 22)).toEqual(['103. Qwen3-235B-A22B-', 'Thinking-2507… † ‡']);
    expect(wrapLabel('30. Gemini 3.1 Pro · Google DeepMind †', labelWidth(375))).toEqual(['30. Gemini 3.1', 'Pro · Google… †']);
  });
});

describe('what a bar label adds to tell a model\'s bars apart', () => {
  const fig = (key: string, model: string, measurer: string, settings: string) => ({ key, model, measurer, settings }) as unknown as Parameters<typeof barLabel>[0];
  it('names the measurer of a model\'s bars on a chart of several measurers, and the settings that differ among one measurer\'s bars', () => {
    const q = barQualifiers([
      fig('a', 'gpt', 'Lech Mazur', 'effort xhigh'), fig('b', 'gpt', 'Lech Mazur', 'effort medium'),
      fig('c', 'opus', 'Anthropic', 'effort max · tools none'), fig('d', 'opus', 'Zhipu AI', ''),
      fig('e', 'glm', 'Artificial Analysis', 'effort max · harness AA'), fig('f', 'glm', 'Artificial Analysis', 'effort high · harness AA'), fig('g', 'glm', 'Zhipu AI', 'effort max'),
      fig('h', 'kimi', 'SWE-bench (Princeton and Stanford team)', 'harness mini-SWE-agent'),
    ]);
    expect(Object.fromEntries(q)).toEqual({
      a: ['Lech Mazur', 'effort xhigh'], b: ['Lech Mazur', 'effort medium'],
      c: ['Anthropic'], d: ['Zhipu AI'],
      e: ['Artificial Analysis', 'effort max'], f: ['Artificial Analysis', 'effort high'], g: ['Zhipu AI'],
      h: [],
    });
    expect(barLabel({ ...fig('a', 'gpt', 'Lech Mazur', 'effort xhigh'), modelName: 'GPT-5.4', differs: [], unstated: [] } as never, q.get('a'), 2)).toBe('2. GPT-5.4 · Lech Mazur · effort xhigh');
    // On a chart of one measurer, naming it on every bar says nothing.
    const one = barQualifiers([fig('a', 'gpt', 'Lech Mazur', 'effort xhigh'), fig('b', 'gpt', 'Lech Mazur', 'effort medium'), fig('c', 'opus', 'Lech Mazur', '')]);
    expect(Object.fromEntries(one)).toEqual({ a: ['effort xhigh'], b: ['effort medium'], c: [] });
  });
  it('on the real Lech Mazur chart: GPT-5.4\'s two bars say their effort, not the one measurer\'s name twice', () => {
    const chart = barChartById(real, 'lechmazur-writing')!;
    const labels = toChartConfig(chart, { theme: LIGHT }).data.labels as string[];
    expect(labels.filter((l) => / GPT-5\.4 /.test(` ${l} `)).map((l) => l.replace(/^\d+\. /, ''))).toEqual(['GPT-5.4 · effort xhigh', 'GPT-5.4 · effort medium']);
  });
});

describe('the text at a bar\'s end', () => {
  it('stands right of the base for a bar running left (a negative score), never on the bar', async () => {
    const { barEndLabels } = await import('../../src/lib/charts/labels');
    const written: { text: string; x: number }[] = [];
    const ctx = { save() {}, restore() {}, font: '', fillStyle: '', textBaseline: '', fillText: (text: string, x: number) => written.push({ text, x }) };
    // Two bars from a base at x = 300: one to 450 (positive), one to 180 (negative).
    const bars = [{ x: 450, y: 10, base: 300 }, { x: 180, y: 40, base: 300 }];
    const chart = {
      ctx, chartArea: { left: 0, right: 600, top: 0, bottom: 100 }, scales: {},
      data: { datasets: [{ data: [1, -1] }] },
      getDatasetMeta: () => ({ hidden: false, data: bars.map((b) => ({ getProps: () => b })) }),
    };
    (barEndLabels((i) => (i ? '−1.2 points' : '1.5 points'), LIGHT).afterDatasetsDraw as (c: unknown) => void)(chart);
    expect(written).toEqual([{ text: '1.5 points', x: 454 }, { text: '−1.2 points', x: 304 }]);
  });
});

describe('names beside points', () => {
  it('never overlap each other or a point; a crowded point gets its short label or none', async () => {
    const { placedPointLabels } = await import('../../src/lib/charts/labels');
    // A crowd of ten points (the placement also tries corners and slides, so a crowd must be dense to leave no room).
    const pts = [[100, 100], [104, 102], [108, 98], [112, 100], [90, 100], [122, 100], [106, 84], [106, 116], [300, 200], [20, 290], [395, 5]].map(([x, y]) => ({ x: x!, y: y! }));
    const written: { text: string; x: number; y: number; w: number }[] = [];
    const ctx = {
      save() {}, restore() {}, font: '', fillStyle: '', textBaseline: '',
      measureText: (t: string) => ({ width: t.length * 6 }),
      fillText: (text: string, x: number, y: number) => written.push({ text, x, y, w: text.length * 6 }),
    };
    const chart = {
      ctx, width: 375, chartArea: { left: 0, right: 400, top: 0, bottom: 300 },
      data: { datasets: [{ data: pts.map(() => 1) }] },
      getDatasetMeta: () => ({ hidden: false, data: pts.map((p) => ({ getProps: () => p })) }),
    };
    const plugin = placedPointLabels((i) => ({ text: `Model number ${i}`, short: String(i + 1) }), LIGHT);
    (plugin.afterDatasetsDraw as (c: unknown) => void)(chart);
    const boxes = written.map((w) => ({ x: w.x, y: w.y - 6, w: w.w, h: 12 }));
    const pointBoxes = pts.map((p) => ({ x: p.x - 6, y: p.y - 6, w: 12, h: 12 }));
    const overlap = (a: typeof boxes[0], b: typeof boxes[0]) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(overlap(a, b), `${written[i]!.text} / ${written[j]!.text}`).toBe(false)));
    for (const a of boxes) for (const p of pointBoxes) expect(overlap(a, p)).toBe(false);
    expect(written.length).toBeGreaterThanOrEqual(5);
    expect(written.some((w) => /^\d+$/.test(w.text))).toBe(true);
  });
});
