/**
 * Over the real data: an evaluator's run of a benchmark is filed under the benchmark's own id
 * (issue 9, "Evaluators' runs are runs of the same benchmark"), the retired ids keep resolving,
 * and GLM-5.2 has an independent figure (or a recorded absence) on the three charts the issue
 * names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChartRedirects } from '../../src/lib/charts/redirects';
import { listCharts } from '../../src/lib/charts/list';
import { validateDir } from '../../src/lib/load';
import { measurementsOf, variantKey } from '../../src/lib/measurements';
import { parseManifest } from '../../src/lib/permalinks';

const ROOT = join(import.meta.dirname, '..', '..');
const report = validateDir(join(ROOT, 'data'), undefined, ROOT);
const data = report.dataset!;

/** Artificial Analysis's runs that now live under the benchmark's own id (and variant). */
const CONSOLIDATED: Record<string, [string, string?]> = {
  'aa-gpqa-diamond': ['gpqa-diamond'],
  'aa-hle': ['hle', 'no tools'],
  'aa-terminal-bench-2-1': ['terminal-bench-2-1'],
  'aa-terminal-bench-hard': ['terminal-bench-hard'],
  'aa-mmlu-pro': ['mmlu-pro'],
  'aa-scicode': ['scicode'],
  'aa-aime-2025': ['aime-2025'],
  'aa-tau2-bench-telecom': ['tau2-bench', 'telecom'],
  'aa-tau3-bench-banking': ['tau3-bench', 'banking'],
};

/** Artificial Analysis's indexes (aggregate, coding, maths) are its own benchmarks, not runs of a vendor's test. */
const isIndex = (id: string, category: string) => category === 'aggregate-index' || /-index(-|$)/.test(id);

/** A benchmark's name without "(Artificial Analysis run)", for spotting a second id of one test. */
const testName = (name: string) => name.replace(/\s*\(Artificial Analysis run\)\s*$/i, '').toLowerCase();

describe('the real data', () => {
  it('passes validation (npm run validate)', () => {
    expect(report.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([]);
  });
});

describe("Artificial Analysis's per-benchmark runs", () => {
  it('no longer have ids of their own, and every retired id redirects to the live benchmark', () => {
    for (const [old, [id]] of Object.entries(CONSOLIDATED)) {
      expect(data.benchmarks.has(old), old).toBe(false);
      expect(data.results.some((r) => r.benchmark === old), old).toBe(false);
      expect(data.redirects.get(`benchmark-${old}`), old).toMatchObject({ kind: 'benchmark', from: old, to: id });
      expect(data.benchmarks.has(id), id).toBe(true);
    }
  });

  it('are filed under the benchmark id, with the variant vendors use, the harness as a setting and the fraction scale', () => {
    const aa = data.results.filter((r) => r.source.startsWith('aa-snapshot-'));
    for (const [old, [id, variant]] of Object.entries(CONSOLIDATED)) {
      const rows = aa.filter((r) => r.benchmark === id && variantKey(r.variant) === variantKey(variant));
      expect(rows.length, old).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.scale, `${r.source} ${r.model} ${id}`).toBe('fraction');
        expect(r.settings.harness).toBe('Artificial Analysis harness');
      }
    }
    expect(new Set(aa.map((r) => r.settings.harness))).toEqual(new Set(['Artificial Analysis harness']));
  });

  it('leave no aa- benchmark that names the same test as a vendor benchmark without saying why', () => {
    const others = [...data.benchmarks].filter(([id]) => !id.startsWith('aa-'));
    for (const [id, b] of data.benchmarks) {
      if (!id.startsWith('aa-') || isIndex(id, b.category)) continue;
      const twin = others.find(([, o]) => testName(o.name) === testName(b.name) && (o.version ?? null) === (b.version ?? null));
      if (twin) expect(b.caveats.some((c) => c.startsWith('Kept as its own benchmark:')), `${id} names the same test as ${twin[0]}`).toBe(true);
    }
    for (const [id, b] of data.benchmarks)
      if (id.startsWith('aa-') && !isIndex(id, b.category)) expect(b.caveats.some((c) => c.startsWith('Kept as its own benchmark:')), id).toBe(true);
  });

  it("keep every listed chart URL of a retired id resolving through a chart redirect to a live chart", () => {
    const live = new Set(listCharts(data).map((c) => c.id));
    const listed = parseManifest(readFileSync(join(ROOT, 'permalinks.txt'), 'utf8'));
    const oldCharts = listed
      .map((p) => /^\/charts\/([^/.]+)\/$/.exec(p)?.[1])
      .filter((id): id is string => !!id && Object.keys(CONSOLIDATED).some((old) => id === old || id.endsWith(`-vs-${old}`) || id === `china-vs-west-${old}`));
    expect(oldCharts.length).toBeGreaterThanOrEqual(Object.keys(CONSOLIDATED).length);
    for (const id of oldCharts) {
      expect(live.has(id), id).toBe(false);
      const r = data.redirects.get(`chart-${id}`);
      expect(r, id).toMatchObject({ kind: 'chart', from: id });
      expect(live.has(r!.to), `${id} -> ${r!.to}`).toBe(true);
    }
    expect(checkChartRedirects(data)).toEqual([]);
  });
});

describe('GLM-5.2 on the charts issue 9 names', () => {
  const CHARTS = [{ benchmark: 'gpqa-diamond' }, { benchmark: 'hle', variant: 'no tools' }, { benchmark: 'terminal-bench-2-1' }];
  it.each(CHARTS)('$benchmark $variant has an independent measurement of GLM-5.2, or a recorded absence', ({ benchmark, variant }: { benchmark: string; variant?: string }) => {
    const independent = measurementsOf(data).filter(
      (m) => m.model === 'glm-5-2' && m.benchmark === benchmark && variantKey(m.variant) === variantKey(variant) && m.provenance === 'independent',
    );
    const absent = data.absences.some((a) => a.model === 'glm-5-2' && a.benchmark === benchmark && variantKey(a.variant) === variantKey(variant));
    expect(independent.length > 0 || absent).toBe(true);
    // Today it is the measured figure: Artificial Analysis's own run.
    expect(independent.map((m) => m.measurer)).toContain('artificial-analysis');
  });
});
