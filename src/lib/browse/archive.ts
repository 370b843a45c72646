/**
 * The downloadable dataset: every record as JSON (one file each, as in the repository, and all
 * in one records.json), every figure as CSV, the JSON Schemas, and a README saying what the
 * fields mean, under which licence the data is offered and how to cite it.
 */
import { KIND_ORDER, RECORD_KINDS, SCHEMA_VERSION } from '../../schemas';
import type { Dataset, RecordLists } from '../dataset';
import { eeeFiles } from '../eee/record';
import { measurementsFile } from '../export';
import { jsonSchemaText, schemaPath } from '../json-schema';
import { resultsCsv } from './csv';
import { schemaMarkdown } from './schema-doc';
import { tarFiles } from './tar';

/** The archive's file name; its URL is /data/<ARCHIVE_NAME>. Never change it: it is a permalink. */
export const ARCHIVE_NAME = 'benchmark-ledger-data.zip';
/** Top folder inside the archive. */
const ROOT = 'benchmark-ledger-data';

export interface ArchiveInput {
  lists: RecordLists;
  data: Dataset;
  version: string;
  /** The site's home URL, e.g. "https://example.org/benchmark-ledger/". */
  siteUrl: string;
  /**
   * Whether to include the Every Eval Ever export (derived from the records, 3,400 files in eee.tar). Past
   * versions' archives leave it out: they keep the data, and the export can be derived again.
   */
  eee?: boolean;
  /**
   * Whether to include every record as its own file (data/<kind>/<id>.json). Past versions'
   * archives leave them out: records.json holds every record, and ZIP compresses each small
   * file alone (0.4 MB of a version's 1 MB).
   */
  recordFiles?: boolean;
  /**
   * Whether to include measurements.json. Past versions' archives leave it out: it is derived
   * from the records, and results.csv names each row's measurement (\`measurement_id\`), so the
   * measurements are its rows grouped by that column (0.3 MB of a version's 0.6 MB).
   */
  measurements?: boolean;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** The archive's README. */
export function archiveReadme({ data, version, siteUrl, eee, recordFiles, measurements }: Omit<ArchiveInput, 'lists'>): string {
  const recordsRow = recordFiles === false
    ? '' : '\n| \`data/<kind>/<id>.json\` | the same records, one file each, as in the repository |';
  const eeeRow = eee === false
    ? '' : '\n| \`eee.tar\` | every measurement in the Every Eval Ever format (schema 0.3.0), one file each at \`eee/<benchmark>/<developer>/<model>/<uuid>.json\` once untarred (\`tar -xf eee.tar\`; one entry, as ZIP compresses each file alone); what maps where: data/README.md in the repository |';
  const measurementsRow = measurements === false
    ? '' : '\n| \`measurements.json\` | every measurement once, with its citations |';
  const left = [
    ...(measurements === false ? ['measurements.json (group results.csv by `measurement_id` for the same measurements)'] : []),
    ...(eee === false ? ['the Every Eval Ever export'] : []),
  ];
  const past = recordFiles === false || left.length
    ? `\n\nThis archive of a version ${recordFiles === false ? 'holds each record once, in records.json' : 'holds every record'}${left.length ? `, and leaves out what is derived from the records: ${left.join(' and ')}; the current version's archive has ${left.length > 1 ? 'both' : 'it'}` : ''}.`
    : '';
  return `# Benchmark Ledger dataset, version ${version}

Published benchmark figures on ${data.models.size} language models: ${data.results.length} figures
read in ${data.sources.size} sources, on ${data.benchmarks.size} benchmarks. Site: ${siteUrl}

## Files
| file | what it holds |
|---|---|
| \`records.json\` | every record, by kind and id |${recordsRow}
| \`results.csv\` | every figure, one row each, with derived provenance and source columns |${measurementsRow}
| \`schemas/v${SCHEMA_VERSION}/*.schema.json\` | JSON Schema of each record kind |${eeeRow}${past}

The version is the first 12 hex digits of a SHA-256 over every record (kinds and ids sorted,
keys sorted): the same data always has the same version.

## How to read it
- A record's id is its key in records.json${recordFiles === false ? '' : ' and its file name'}. Records refer to each other by id.
- Scores are exactly as the source printed them, in the benchmark's unit; never rounded.
- \`"undisclosed"\` means the developer does not publish that number.
- \`provenance\` in results.csv is derived, never typed: \`self-reported\` (the model's developer
  published it, or submitted it to a board), \`rival-reported\` (another model developer printed
  it), \`independent\` (an evaluator, academic group, community or press). \`secondary\` is true
  when the figure was read in a copy, archive, transcription or press report.
- A *measurement* is one number measured once (model, benchmark, variant, settings, and who
  measured it); every document that prints it is a *citation*. results.csv has one row per
  citation; rows citing the same measurement share its \`measurement_id\`${measurements === false ? '.' : `, and
  measurements.json lists each measurement once (\`items\`) with all its citations, first
  published first; each cited document is named once, in its \`sources\` (by source id).`}
  Settings a source does not state are left out: unstated is not the same as equal.
- Two sources giving different figures for the same model, benchmark, variant and settings
  both stay in the data: a conflict is kept, not resolved.

## Schema
${schemaMarkdown()}

## Licence
The figures are facts published by the sources named beside each of them (\`source_url\`,
\`locator\`). Our compilation (selection, arrangement, notes) is offered under the Creative
Commons Attribution 4.0 International licence (CC BY 4.0):
https://creativecommons.org/licenses/by/4.0/

## How to cite
Benchmark Ledger contributors. *Benchmark Ledger dataset*, version ${version}. ${siteUrl}

Cite the original source of any figure you reuse as well: results.csv names it.
`;
}

/** Every file of the archive, by path inside it, in a stable order (eee.tar as bytes, the rest as text). */
export function archiveFiles(input: ArchiveInput): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set(`${ROOT}/README.md`, archiveReadme(input));
  const all: Record<string, Record<string, unknown>> = {};
  for (const kind of KIND_ORDER) {
    all[kind] = {};
    for (const [id, record] of [...input.lists[kind]].sort(([a], [b]) => a.localeCompare(b))) {
      const { $schema: _drop, ...rest } = record as Record<string, unknown>;
      all[kind][id] = rest;
      if (input.recordFiles !== false) files.set(`${ROOT}/data/${kind}/${id}.json`, json({ $schema: `../../schemas/v${SCHEMA_VERSION}/${RECORD_KINDS[kind].schemaFile}.schema.json`, ...rest }));
    }
  }
  files.set(`${ROOT}/records.json`, json({ datasetVersion: input.version, schemaVersion: SCHEMA_VERSION, ...all }));
  files.set(`${ROOT}/results.csv`, resultsCsv(input.data));
  if (input.measurements !== false) files.set(`${ROOT}/measurements.json`, json(measurementsFile(input.data, input.siteUrl)));
  for (const kind of KIND_ORDER) files.set(`${ROOT}/${schemaPath(kind)}`, jsonSchemaText(kind));
  if (input.eee !== false) files.set(`${ROOT}/eee.tar`, tarFiles(new Map([...eeeFiles(input.data)].map(([path, text]) => [`eee/${path}`, text]))));
  return files;
}
