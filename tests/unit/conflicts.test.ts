import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/lib/conflicts';
import { isSecondary, provenanceOfRow } from '../../src/lib/provenance';
import { compareSettings } from '../../src/lib/settings';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const row = (source: string, model: string) => data.results.find((r) => r.source === source && r.model === model)!;

describe('provenance is derived from publisher and developer', () => {
  it('a vendor on its own model is self-reported', () => {
    expect(provenanceOfRow(data, row('zai-card', 'model-x'))).toBe('self-reported');
  });
  it('a vendor on a rival\'s model is rival-reported', () => {
    expect(provenanceOfRow(data, row('zai-card', 'model-y'))).toBe('rival-reported');
  });
  it('an evaluator is independent', () => {
    expect(provenanceOfRow(data, row('board-snapshot', 'model-x'))).toBe('independent');
  });
  it('a vendor\'s own submission to a board stays self-reported', () => {
    expect(provenanceOfRow(data, { ...row('board-snapshot', 'model-x'), submittedBy: 'zhipu-ai' })).toBe('self-reported');
  });
  it('a copy read instead of the original makes a source secondary', () => {
    expect(isSecondary(data, 'board-snapshot')).toBe(true);
    expect(isSecondary(data, 'anthropic-post')).toBe(false);
  });
});

describe('settings', () => {
  it('are the same only when every setting either states is stated by both and agrees', () => {
    expect(compareSettings({ harness: 'Terminus-2' }, { harness: 'terminus 2' }).status).toBe('same');
    expect(compareSettings({}, {}).status).toBe('same');
  });
  it('are unstated, not equal, when one side leaves a setting out', () => {
    expect(compareSettings({ harness: 'Terminus-2' }, {})).toEqual({ status: 'unstated', differing: [], unstated: ['harness'] });
  });
  it('are different when a setting stated by both differs, whatever else is unstated', () => {
    expect(compareSettings({ reasoningEffort: 'high', tools: 'none' }, { reasoningEffort: 'xhigh' })).toEqual({
      status: 'different', differing: ['reasoningEffort'], unstated: ['tools'],
    });
  });
});

describe('findConflicts', () => {
  const conflicts = findConflicts(data);
  it('keeps both figures when a rival prints a different number from the vendor', () => {
    const c = conflicts.find((x) => x.id === 'model-y--bench-pct')!;
    expect(c.kind).toBe('conflict');
    expect(c.rows.map((r) => [r.source, r.score])).toEqual([['anthropic-post', 59.3], ['zai-card', 57]]);
  });
  it('calls a disagreement between versions of one document a revision', () => {
    expect(conflicts.find((x) => x.id === 'model-x--bench-pct')?.kind).toBe('revision');
  });
  it('does not call different settings a conflict', () => {
    const d = { ...data, results: [
      { ...row('zai-card', 'model-y'), settings: { reasoningEffort: 'high' } },
      { ...row('anthropic-post', 'model-y'), settings: { reasoningEffort: 'low' } },
    ] };
    expect(findConflicts(d)).toEqual([]);
  });
});
