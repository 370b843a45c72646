/**
 * Small datasets for verdict tests: the valid fixture (Model X by a Chinese developer, Model Y
 * by a Western one) with its results replaced, models patched or added, and benchmarks or
 * sources added, one change at a time.
 */
import type { Dataset, ResultRow } from '../../src/lib/dataset';
import type { Benchmark, Model, Organization, Source } from '../../src/schemas';
import { validateCase } from './fixtures';

export const base = validateCase().dataset!;

export interface Extra {
  /** Models to add or patch; a new id starts as a copy of Model Y. */
  models?: Record<string, Partial<Model>>;
  benchmarks?: Record<string, Partial<Benchmark>>;
  /** Sources to add or patch; a new id starts as a copy of the board snapshot. */
  sources?: Record<string, Partial<Source>>;
  /** Organizations to add or patch; a new id starts as a copy of the independent board. */
  organizations?: Record<string, Partial<Organization>>;
}

/** The fixture with its results replaced (defaults: Model X on Bench Percent, Z.ai's card) and the extras laid over. */
export function smallDataset(results: Partial<ResultRow>[], extra: Extra = {}): Dataset {
  const over = <T>(from: Map<string, T>, patches: Record<string, Partial<T>> = {}, start: T) => {
    const m = new Map(from);
    for (const [id, p] of Object.entries(patches)) m.set(id, { ...(m.get(id) ?? start), ...p });
    return m;
  };
  return {
    ...base,
    models: over(base.models, extra.models, base.models.get('model-y')!),
    benchmarks: over(base.benchmarks, extra.benchmarks, base.benchmarks.get('arena-elo')!),
    sources: over(base.sources, extra.sources, base.sources.get('board-snapshot')!),
    organizations: over(base.organizations, extra.organizations, base.organizations.get('board')!),
    results: results.map((r, index) => ({ model: 'model-x', benchmark: 'bench-pct', score: 0, settings: {}, locator: 't', source: 'zai-card-v2', index, ...r })),
  };
}
