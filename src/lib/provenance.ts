/**
 * Who published a figure, relative to who built the model. Derived, never typed by hand:
 * - self-reported: the model's developer published it;
 * - rival-reported: another model developer printed it (usually in its own launch table);
 * - independent: an evaluator, academic group, community or press published it.
 * The organization that counts is the one whose measurement it is: a run's submitter
 * (`submittedBy`: a vendor's own submission to a public board stays self-reported), else the
 * organization a republishing document relays (`relays`: a press copy of Z.ai's table is Z.ai's
 * figure), else the publisher.
 */
import type { Dataset, ResultRow } from './dataset';

export const PROVENANCES = ['self-reported', 'rival-reported', 'independent'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** The provenance of a figure published by `publisherId` about a model built by `developerId`. */
export function provenanceOf(data: Pick<Dataset, 'organizations'>, publisherId: string, developerId: string): Provenance {
  if (publisherId === developerId) return 'self-reported';
  return data.organizations.get(publisherId)?.kind === 'model-developer' ? 'rival-reported' : 'independent';
}

/**
 * Who measured a row's figure (an organization id): its submitter, else the organization the
 * document relays, else the publisher. Undefined when the source is unknown.
 */
export function measurerOf(data: Pick<Dataset, 'sources'>, row: Pick<ResultRow, 'source' | 'submittedBy'>): string | undefined {
  const source = data.sources.get(row.source);
  return source && (row.submittedBy ?? source.relays ?? source.publisher);
}

/** The provenance of one result row (undefined if its model or source is unknown). */
export function provenanceOfRow(data: Dataset, row: Pick<ResultRow, 'model' | 'source' | 'submittedBy'>): Provenance | undefined {
  const measurer = measurerOf(data, row);
  const model = data.models.get(row.model);
  return measurer && model ? provenanceOf(data, measurer, model.developer) : undefined;
}

/** Whether a source was read from a copy, archive, transcription or press report. */
export function isSecondary(data: Pick<Dataset, 'sources'>, sourceId: string): boolean {
  const s = data.sources.get(sourceId);
  return !!s && (s.readFrom !== undefined || s.kind === 'press' || s.relays !== undefined);
}

/** Whether a source's figures are an evaluator's own measurements, not a developer's. */
export function isIndependentSource(data: Pick<Dataset, 'sources' | 'organizations'>, sourceId: string): boolean {
  const s = data.sources.get(sourceId);
  const measurer = s && (s.relays ?? s.publisher);
  return !!measurer && data.organizations.get(measurer)?.kind !== 'model-developer';
}
