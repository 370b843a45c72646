/** Turning measurements into evidence with provenance. */
import type { Dataset } from '../dataset';
import { isSecondary } from '../provenance';
import type { MeasurementAt } from './at-date';
import type { Evidence } from './types';

/** A measurement as evidence: its score, provenance, first citation in force and how many documents print it. */
export function toEvidence(data: Dataset, m: MeasurementAt): Evidence {
  const row = m.citationsAt[0] ?? m.citations[0]!;
  return {
    model: m.model,
    score: m.score,
    measurement: m.id,
    row,
    citations: m.citationsAt.length,
    provenance: m.provenance,
    secondary: m.citationsAt.every((c) => isSecondary(data, c.source)),
    uncertainty: m.uncertainty,
  };
}

export { formatGap } from '../format';
