/**
 * One measurement as an Every Eval Ever record (schema 0.3.0, vendored under vendor/): who
 * published it and how that publisher relates to the model, the model, the benchmark's metric,
 * the score with its published uncertainty, the settings, and every citation. Pure. What maps
 * where, and what the format cannot hold, is written in data/README.md.
 */
import type { Dataset } from '../dataset';
import { measurementsOf, type Measurement } from '../measurements';
import type { Provenance } from '../provenance';
import { EEE_SCHEMA_VERSION } from './schema';
import { uuidV5 } from './uuid';
import { copyRead } from '../read-from';

/** Their evaluator_relationship: the developer's own figure is first party; anyone else's (an evaluator, or a rival lab) third party. */
export const RELATIONSHIP: Record<Provenance, 'first_party' | 'third_party'> = {
  'self-reported': 'first_party',
  'rival-reported': 'third_party',
  independent: 'third_party',
};

const METRIC_UNIT: Record<string, string> = { '%': 'percent', points: 'points', Elo: 'elo', index: 'index' };

/** Epoch seconds of a YYYY-MM-DD day at 00:00 UTC, as the string their timestamps are. */
const epoch = (day: string) => String(Date.parse(`${day}T00:00:00Z`) / 1000);

/** String-valued details only (their additional_details allow strings alone); undefined values dropped. */
const strings = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)]));

/**
 * The uncertainty as their structured fields. A symmetric standard error becomes
 * `standard_error`; any other interval becomes `confidence_interval` with its bounds (as
 * printed, or derived from printed distances in measurements.ts), with `confidence_level` only
 * when the published kind states one ("95% CI") and `method` saying when it does not.
 */
function uncertaintyOf(m: Measurement) {
  const u = m.uncertainty;
  if (!u) return undefined;
  if (/standard error|\bs\.?e\.?m?\b/i.test(u.kind) && u.printed === 'distances' && u.minus === u.plus) return { standard_error: { value: u.minus } };
  const ci = /(\d+(?:\.\d+)?)\s*%\s*(?:CI|confidence)/i.exec(u.kind);
  return {
    confidence_interval: {
      lower: u.lower,
      upper: u.upper,
      ...(ci ? { confidence_level: Number(ci[1]) / 100 } : { method: `not stated by the source (published as: ${u.kind})` }),
    },
  };
}

/** The folder path of a measurement's file, in their layout `{benchmark}/{developer}/{model}/{uuid}.json`. */
export function eeePath(data: Dataset, m: Measurement): string {
  return `${m.benchmark}/${data.models.get(m.model)?.developer ?? 'unknown'}/${m.model}/${uuidV5(m.id)}.json`;
}

/** The Every Eval Ever record of one measurement. */
export function eeeRecord(data: Dataset, m: Measurement) {
  const model = data.models.get(m.model)!;
  const bench = data.benchmarks.get(m.benchmark)!;
  const first = m.citations[0]!;
  const src = data.sources.get(first.source)!;
  const publisher = data.organizations.get(src.publisher);
  const developer = data.organizations.get(model.developer);
  const measurer = data.organizations.get(m.measurer);
  const uuid = uuidV5(m.id);
  const s = m.settings;
  const generation = strings({ reasoning_effort: s.reasoningEffort, tools: s.tools, harness: s.harness, checkpoint: s.checkpoint, shots: s.shots, subset: s.subset, notes: s.notes });
  const uncertainty = uncertaintyOf(m);
  const citations = m.citations.map((r) => {
    const c = data.sources.get(r.source);
    return { source: r.source, title: c?.title, url: c?.url, read_from: copyRead(c?.readFrom) || undefined, publisher: c?.publisher, published: c?.published, retrieved: c?.retrieved, locator: r.locator };
  });
  return {
    schema_version: EEE_SCHEMA_VERSION,
    evaluation_id: `${m.benchmark}/${model.developer}/${m.model}/${uuid}`,
    retrieved_timestamp: epoch(src.retrieved),
    source_metadata: {
      source_name: src.title,
      source_type: 'documentation' as const,
      source_organization_name: publisher?.name ?? src.publisher,
      ...(publisher?.url ? { source_organization_url: publisher.url } : {}),
      evaluator_relationship: RELATIONSHIP[m.provenance],
      additional_details: strings({
        provenance: m.provenance, measurer: m.measurer, measurer_name: measurer?.name, source_url: src.url, published: src.published,
        citation_count: m.citations.length, citations: JSON.stringify(citations), ledger_measurement_id: m.id,
      }),
    },
    eval_library: { name: 'unknown', version: 'unknown' },
    model_info: {
      name: model.name,
      id: `${model.developer}/${m.model}`,
      developer: developer?.name ?? model.developer,
      additional_details: {
        deployment_type: 'unknown' as const,
        model_availability: model.openWeights.value ? ('open_weights' as const) : ('closed_weights' as const),
        ...strings({ ledger_model_id: m.model, released: model.released.value, license: model.license.value }),
      },
    },
    evaluation_results: [{
      evaluation_result_id: m.id,
      evaluation_name: [bench.name, bench.version, m.variant && `(${m.variant})`].filter(Boolean).join(' '),
      source_data: { dataset_name: bench.name, source_type: 'url' as const, url: [...new Set([bench.url, ...citations.map((c) => c.url).filter((u): u is string => !!u)])] },
      metric_config: {
        evaluation_description: bench.measures,
        metric_id: `${m.benchmark}.score`,
        metric_name: bench.metric,
        metric_unit: METRIC_UNIT[bench.unit] ?? bench.unit,
        ...(s.attempts !== undefined ? { metric_parameters: { k: s.attempts } } : {}),
        lower_is_better: !bench.higherIsBetter,
        score_type: 'continuous' as const,
        min_score: bench.range.min ?? '-Infinity',
        max_score: bench.range.max ?? 'Infinity',
      },
      score_details: {
        score: m.score,
        ...(m.uncertainty ? { details: strings({ uncertainty_printed: m.uncertainty.printed, uncertainty_lower: m.uncertainty.lower, uncertainty_upper: m.uncertainty.upper, uncertainty_minus: m.uncertainty.minus, uncertainty_plus: m.uncertainty.plus, uncertainty_kind: m.uncertainty.kind }) } : {}),
        ...(uncertainty ? { uncertainty } : {}),
      },
      ...(Object.keys(generation).length ? { generation_config: { additional_details: generation } } : {}),
    }],
  };
}

/** Every measurement's record, by path under /data/eee/, in path order. */
export function eeeFiles(data: Dataset): Map<string, string> {
  // One line per file: 3,400 files, so indentation alone would add megabytes to the site.
  const files = measurementsOf(data).map((m) => [eeePath(data, m), `${JSON.stringify(eeeRecord(data, m))}\n`] as const);
  return new Map(files.sort(([a], [b]) => a.localeCompare(b)));
}
