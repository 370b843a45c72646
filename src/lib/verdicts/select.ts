/**
 * Choosing models for a comparison at a date. A comparison "at" a date pits the claim's side
 * against the models released by then, judged on every figure published so far (later
 * independent evaluations of those same models count: evidence accumulates, the field of
 * rivals is fixed by the date).
 */
import type { ModelSelector } from '../../schemas';
import type { Dataset } from '../dataset';
import { benchmarkTitle } from '../charts/format';
import { originOfModel } from '../origin';

/** The models a selector names, released on or before `date`. */
export function selectModels(data: Dataset, selector: ModelSelector, date: string): string[] {
  return [...data.models.entries()]
    .filter(([id, m]) =>
      m.released.value <= date &&
      (!selector.models || selector.models.includes(id)) &&
      (!selector.origin || originOfModel(data, id) === selector.origin) &&
      (!selector.developers || selector.developers.includes(m.developer)) &&
      (selector.openWeights === undefined || m.openWeights.value === selector.openWeights))
    .map(([id]) => id);
}

/** A model's name for prose, falling back to its id. */
export const modelName = (data: Dataset, id: string) => data.models.get(id)?.name ?? id;

/** A benchmark's display name with version and variant. */
export function benchmarkLabel(data: Dataset, id: string, variant?: string): string {
  const b = data.benchmarks.get(id);
  return b ? benchmarkTitle(b.name, b.version, variant) : variant ? `${id} (${variant})` : id;
}
