/**
 * Relabelled scores: one measurer printing the same score for the same model (and variant)
 * under two versions of one benchmark, e.g. Terminal-Bench 2.0 and 2.1. Two versions of a
 * benchmark rarely give the very same number, so this is likely one run printed under a new
 * label, not two measurements. It is a flag for readers, not a verdict: both rows stay, under
 * the version each document names. Sibling of `conflicts.ts` (different numbers, same label);
 * this is the mirror case (same number, different labels). Pure.
 */
import type { Dataset } from './dataset';
import { byMeasurementOf, measurementsOf, oncePerDataset, sameNumber, scoreSlug, slug, variantKey, type Measurement } from './measurements';
import { mayBeSame } from './settings';

export interface Relabel {
  /** Stable id: model, benchmark name, variant, measurer, score and the benchmark ids (oldest version first). */
  id: string;
  model: string;
  /** The benchmark's name shared by both versions, e.g. "Terminal-Bench". */
  benchmarkName: string;
  variant?: string | undefined;
  measurer: string;
  score: number;
  /** One measurement per version, in version order (unversioned first). */
  measurements: Measurement[];
}


/** Version order: unversioned first, then numerically ("2.0" before "2.1" before "10"). */
const byVersion = (v: (m: Measurement) => string | null) => (a: Measurement, b: Measurement) =>
  (v(a) ?? '').localeCompare(v(b) ?? '', 'en', { numeric: true }) || a.benchmark.localeCompare(b.benchmark);

/** Every likely relabelling in the dataset, in id order; computed once per dataset. */
export const findRelabels = oncePerDataset(computeRelabels);

function computeRelabels(data: Dataset): Relabel[] {
  const nameOf = (m: Measurement) => data.benchmarks.get(m.benchmark)?.name;
  const versionOf = (m: Measurement) => data.benchmarks.get(m.benchmark)?.version ?? null;
  const groups = new Map<string, Measurement[]>();
  for (const m of measurementsOf(data)) {
    const name = nameOf(m);
    if (!name) continue;
    const key = [m.model, slug(name), variantKey(m.variant), m.measurer].join('|');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: Relabel[] = [];
  for (const ms of groups.values()) {
    const used = new Set<Measurement>();
    for (const a of ms) {
      if (used.has(a)) continue;
      // Same number, a different benchmark id (another version), no stated setting that differs.
      const same = ms.filter((b) => b === a || (!used.has(b) && sameNumber(a.score, b.score) && mayBeSame(a.settings, b.settings)));
      const versions = new Set(same.map((m) => m.benchmark));
      if (versions.size < 2) continue;
      // One measurement per version: the first published of each.
      const one = [...versions].map((bid) => same.find((m) => m.benchmark === bid)!).sort(byVersion(versionOf));
      for (const m of same) used.add(m);
      out.push({
        id: [a.model, slug(nameOf(a)!), a.variant ? slug(a.variant) : '', a.measurer, scoreSlug(a.score), ...one.map((m) => m.benchmark)].filter(Boolean).join('--'),
        model: a.model,
        benchmarkName: nameOf(a)!,
        variant: a.variant,
        measurer: a.measurer,
        score: a.score,
        measurements: one,
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The relabellings about a model, a benchmark, or involving a source. */
export function relabelsFor(data: Dataset, about: { model?: string; benchmark?: string; source?: string }): Relabel[] {
  return findRelabels(data).filter(
    (r) => (!about.model || r.model === about.model) && (!about.benchmark || r.measurements.some((m) => m.benchmark === about.benchmark)) &&
      (!about.source || r.measurements.some((m) => m.citations.some((c) => c.source === about.source))),
  );
}

/** The relabelling a measurement is part of, if any. */
export const relabelOfMeasurement = byMeasurementOf<Relabel>(findRelabels);
