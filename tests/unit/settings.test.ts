/** Settings compatibility (src/lib/settings.ts): merging a measurement's citations and the phrases readers see. */
import { describe, expect, it } from 'vitest';
import { comparedSettingsKey, compareSettings, describeMismatch, describeSettings, mergeSettings, settingsKey } from '../../src/lib/settings';

describe('mergeSettings', () => {
  it('keeps every setting either side states, the first side winning', () => {
    expect(mergeSettings({ harness: 'Terminus-2' }, { harness: 'terminus 2', tools: 'none' })).toEqual({ harness: 'Terminus-2', tools: 'none' });
  });
  it('keeps the first side\'s notes when both have different notes', () => {
    expect(mergeSettings({ notes: 'a' }, { notes: 'b' }).notes).toBe('a');
  });
  it('keeps the only notes there are, whichever side has them', () => {
    expect(mergeSettings({}, { notes: 'b' }).notes).toBe('b');
    expect(mergeSettings({ notes: 'a' }, {}).notes).toBe('a');
  });
});

describe('settings keys', () => {
  it('settingsKey ignores key order, case and punctuation but sees notes', () => {
    expect(settingsKey({ harness: 'Terminus 2', tools: 'none' })).toBe(settingsKey({ tools: 'None', harness: 'terminus-2' }));
    expect(settingsKey({ notes: 'a' })).not.toBe(settingsKey({ notes: 'b' }));
  });
  it('comparedSettingsKey lists stated compared settings in a fixed order and leaves notes out', () => {
    expect(comparedSettingsKey({ tools: 'None', harness: 'Terminus 2', notes: 'x' })).toBe('tools=none;harness=terminus2');
    expect(comparedSettingsKey({})).toBe('');
  });
});

describe('describeMismatch', () => {
  it('names each differing setting with both values, then those stated on one side only', () => {
    expect(describeMismatch({ harness: 'Claude Code', tools: 'none' }, { harness: 'Codex CLI', attempts: 1 }))
      .toBe('harness differs (Claude Code vs Codex CLI); tools stated on one side only (none); attempts stated on one side only (1)');
  });
  it('is empty for like-for-like settings and honours a given comparison', () => {
    expect(describeMismatch({ harness: 'A' }, { harness: 'a' })).toBe('');
    expect(describeMismatch({ harness: 'A', tools: 'x' }, { harness: 'B', tools: 'y' }, compareSettings({ harness: 'A', tools: 'x' }, { harness: 'B', tools: 'y' }, ['tools']))).toBe('tools differs (x vs y)');
  });
});

describe('describeSettings', () => {
  it('names every stated setting in a fixed order', () => {
    expect(describeSettings({ checkpoint: 'FP8', subset: 'text-only', shots: 5, attempts: 1, harness: 'Terminus-2', tools: 'none', reasoningEffort: 'high' }))
      .toBe('effort high · tools none · harness Terminus-2 · pass@1 · 5-shot · subset text-only · checkpoint FP8');
  });
  it('leaves out what is not stated, keeps zero-shot, and is empty for no settings', () => {
    expect(describeSettings({ shots: 0 })).toBe('0-shot');
    expect(describeSettings({ harness: 'Codex CLI' })).toBe('harness Codex CLI');
    expect(describeSettings({ notes: 'only a note' })).toBe('');
  });
});
