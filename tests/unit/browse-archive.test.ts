import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveFiles, archiveReadme } from '../../src/lib/browse/archive';
import { resultsCsv, RESULTS_CSV_COLUMNS } from '../../src/lib/browse/csv';
import { csvCell } from '../../src/lib/csv';
import { zipFiles } from '../../src/lib/browse/zip';
import { buildDataset, type RecordLists } from '../../src/lib/dataset';
import { datasetVersion } from '../../src/lib/dataset-version';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const lists: RecordLists = {
  organizations: [...data.organizations], models: [...data.models], benchmarks: [...data.benchmarks],
  sources: [...data.sources], claims: [...data.claims], redirects: [...data.redirects],
  results: ['anthropic-post', 'board-snapshot', 'zai-card', 'zai-card-v2'].map((id) => [id, {
    source: id, results: data.results.filter((r) => r.source === id).map(({ source: _s, index: _i, ...r }) => r),
    ...(data.absences.some((a) => a.source === id) ? { absent: data.absences.filter((a) => a.source === id).map(({ source: _s, index: _i, ...a }) => a) } : {}),
  }]),
};

describe('dataset version', () => {
  it('is 12 hex digits, independent of the order records and keys were written in', () => {
    const v = datasetVersion(data);
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    const shuffled = buildDataset({ ...lists, models: [...lists.models].reverse().map(([id, m]) => [id, Object.fromEntries(Object.entries(m).reverse())]) } as RecordLists);
    expect(datasetVersion(shuffled)).toBe(v);
  });
  it('changes when any figure changes', () => {
    const results = data.results.map((r, i) => (i === 0 ? { ...r, score: r.score + 0.1 } : r));
    expect(datasetVersion({ ...data, results })).not.toBe(datasetVersion(data));
  });
});

describe('results.csv', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(57)).toBe('57');
  });
  it('has one line per figure with derived provenance', () => {
    const lines = resultsCsv(data).trimEnd().split('\r\n');
    expect(lines[0]).toBe(RESULTS_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(data.results.length + 1);
    const zai = lines.find((l) => l.startsWith('zai-card,1,model-y'))!.split(',');
    const col = (name: (typeof RESULTS_CSV_COLUMNS)[number]) => zai[RESULTS_CSV_COLUMNS.indexOf(name)];
    expect([col('score'), col('unit'), col('provenance'), col('harness'), col('secondary')]).toEqual(['57', '%', 'rival-reported', 'Terminus-2', 'false']);
  });
});

describe('the archive', () => {
  const files = archiveFiles({ lists, data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/' });
  const text = (path: string) => files.get(path) as string;
  it('holds every record, the CSV, the schemas and a README', () => {
    const names = [...files.keys()];
    expect(names).toContain('benchmark-ledger-data/README.md');
    expect(names).toContain('benchmark-ledger-data/records.json');
    expect(names).toContain('benchmark-ledger-data/results.csv');
    expect(names).toContain('benchmark-ledger-data/data/models/model-x.json');
    expect(names).toContain('benchmark-ledger-data/data/results/board-snapshot.json');
    expect(names).toContain('benchmark-ledger-data/schemas/v1/results.schema.json');
    const records = JSON.parse(text('benchmark-ledger-data/records.json'));
    expect(records.datasetVersion).toBe('abc123def456');
    expect(Object.keys(records.models)).toEqual(['model-x', 'model-y']);
  });
  it('says the licence, how to cite and the schema', () => {
    const readme = archiveReadme({ data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/' });
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('version abc123def456. https://example.org/ledger/');
    expect(readme).toContain('| `results[].score` | number | yes |');
    expect(readme).toContain('| `totalParameters.value` | number or "undisclosed" | yes |');
  });
  it('zips to the same bytes every time, and unzips to the same texts', () => {
    const zip = zipFiles(files);
    expect(zipFiles(files)).toEqual(zip);
    const back = unzipSync(zip);
    expect(strFromU8(back['benchmark-ledger-data/results.csv']!)).toBe(files.get('benchmark-ledger-data/results.csv'));
  });
});

describe('exports stand on measurements', () => {
  it('keep one row per citation, each naming the measurement it cites', async () => {
    const { exportRows, EXPORT_COLUMNS, exportMeasurements } = await import('../../src/lib/export');
    const { measurementOfRow } = await import('../../src/lib/measurements');
    const rows = exportRows(data);
    expect(rows).toHaveLength(data.results.length);
    expect(EXPORT_COLUMNS[0]).toBe('measurement_id');
    data.results.forEach((r, i) => expect(rows[i]!.measurement_id).toBe(measurementOfRow(data, r)!.id));
    const ms = exportMeasurements(data);
    expect(ms.flatMap((m) => m.citations).length).toBe(data.results.length);
    const revised = ms.filter((m) => m.conflicts.some((c) => c.kind === 'revision'));
    expect(revised.map((m) => m.score).sort()).toEqual([60.7, 61.1]);
    expect(revised[0]!.conflicts[0]!.with).toEqual([revised[1]!.id]);
  });
  it('put measurements.json and the measurement id in the archive', () => {
    const files = archiveFiles({ lists, data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/' });
    const file = JSON.parse(files.get('benchmark-ledger-data/measurements.json') as string) as { what: string; items: { id: string; citations: { source: string }[] }[]; sources: Record<string, { title: string; url: string }> };
    const ms = file.items;
    expect(file.what).toBe('measurements');
    expect(ms.length).toBeGreaterThan(0);
    // Each cited document is named once, in the file: it stands on its own.
    const cited = new Set(ms.flatMap((m) => m.citations.map((c) => c.source)));
    expect(Object.keys(file.sources).sort()).toEqual([...cited].sort());
    for (const id of cited) expect(file.sources[id]!.url).toBe(data.sources.get(id)!.url);
    const csv = (files.get('benchmark-ledger-data/results.csv') as string).split('\r\n');
    expect(csv[0]!.split(',')).toContain('measurement_id');
    expect(csv.slice(1, -1).every((l) => ms.some((m) => l.includes(`,${m.id},`)))).toBe(true);
  });
});

describe('a past version\'s archive', () => {
  const input = { lists, data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/', eee: false, recordFiles: false, measurements: false } as const;
  it('holds every record once, in records.json, and the figures in results.csv, leaving out what is derived, and says so', () => {
    const files = archiveFiles(input);
    const names = [...files.keys()];
    expect(names.some((n) => n.includes('/data/') || n.endsWith('eee.tar') || n.endsWith('measurements.json'))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['benchmark-ledger-data/records.json', 'benchmark-ledger-data/results.csv']));
    // The measurements are results.csv's rows grouped by measurement_id.
    expect((files.get('benchmark-ledger-data/results.csv') as string).split('\r\n')[0]!.split(',')).toContain('measurement_id');
    const records = JSON.parse(files.get('benchmark-ledger-data/records.json') as string);
    expect(Object.keys(records.models)).toEqual(['model-x', 'model-y']);
    const readme = archiveReadme(input);
    expect(readme).not.toContain('data/<kind>/<id>.json');
    expect(readme).not.toContain('eee.tar');
    expect(readme).not.toContain('| `measurements.json` |');
    expect(readme).not.toContain('measurements.json lists');
    expect(readme).toContain('holds each record once, in records.json, and leaves out what is derived from the records: measurements.json (group results.csv by `measurement_id` for the same measurements) and the Every Eval Ever export; the current version\'s archive has both.');
  });
  it('leaves the current archive as it was: one file per record and the export', () => {
    const readme = archiveReadme({ data, version: 'abc123def456', siteUrl: 'https://example.org/ledger/' });
    expect(readme).toContain('| `data/<kind>/<id>.json` |');
    expect(readme).toContain('| `eee.tar` |');
    expect(readme).toContain('| `measurements.json` |');
    expect(readme).not.toContain('This archive of a version');
  });
});
