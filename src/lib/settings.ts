/**
 * Comparing settings: the one module that decides whether two figures were measured under the
 * same conditions. Settings are part of the measurement, and a setting a source does not state
 * is *unstated*, which is not the same as equal:
 * - `same`: every setting either of them states is stated by both, and agrees;
 * - `unstated`: nothing stated by both differs, but one states a setting the other leaves out,
 *   so nobody can say whether the two are like for like ("settings not stated");
 * - `different`: a setting stated by both differs.
 * Only `same` is like for like: only it may count as a comparison or as a conflict.
 */
import type { Settings } from '../schemas';

/** The settings fields that decide comparability (`notes` is prose and never compared). */
export const COMPARED_SETTINGS = ['reasoningEffort', 'tools', 'harness', 'attempts', 'checkpoint', 'shots', 'subset'] as const;
export type SettingKey = (typeof COMPARED_SETTINGS)[number];

/**
 * The conditions of a test, as opposed to a model's own configuration: between two different
 * models, reasoning effort is each vendor's choice ("max" for one, "xhigh" for another), while
 * tools, harness, attempts, shots and subset must match for a fair comparison. The checkpoint
 * is a property of the model measured, so it only matters between figures of one model.
 */
export const TEST_CONDITIONS = ['tools', 'harness', 'attempts', 'shots', 'subset'] as const satisfies readonly SettingKey[];

/** Human names of the settings, for sentences such as "harness differs". */
export const SETTING_LABELS: Record<SettingKey, string> = {
  reasoningEffort: 'reasoning effort',
  tools: 'tools',
  harness: 'harness',
  attempts: 'attempts',
  checkpoint: 'checkpoint',
  shots: 'shots',
  subset: 'subset',
};

/** How two sets of settings relate (see the module comment). */
export type SettingsStatus = 'same' | 'unstated' | 'different';

export interface SettingsComparison {
  status: SettingsStatus;
  /** Settings stated by both that differ. */
  differing: SettingKey[];
  /** Settings stated by one side only. */
  unstated: SettingKey[];
}

/** Case, spaces and punctuation do not make a setting different: "Terminus 2" = "terminus-2". */
export const normSetting = (v: unknown) => String(v).toLowerCase().replace(/[^a-z0-9]/g, '');

const stated = (s: Settings, k: SettingKey) => s[k] !== undefined;

/**
 * Compares two sets of settings over `keys`.
 * @param a the settings of one figure
 * @param b the settings of the other
 * @param keys the settings that count (all compared settings by default)
 */
export function compareSettings(a: Settings, b: Settings, keys: readonly SettingKey[] = COMPARED_SETTINGS): SettingsComparison {
  const differing = keys.filter((k) => stated(a, k) && stated(b, k) && normSetting(a[k]) !== normSetting(b[k]));
  const unstated = keys.filter((k) => stated(a, k) !== stated(b, k));
  const status: SettingsStatus = differing.length ? 'different' : unstated.length ? 'unstated' : 'same';
  return { status, differing, unstated };
}

/** True when two sets of settings are like for like over `keys` (status `same`). */
export const likeForLike = (a: Settings, b: Settings, keys: readonly SettingKey[] = COMPARED_SETTINGS) =>
  compareSettings(a, b, keys).status === 'same';

/**
 * True when no setting stated by both differs: the two *may* describe one measurement. Used
 * only to recognise copies of one number, never to decide a comparison.
 */
export const mayBeSame = (a: Settings, b: Settings, keys: readonly SettingKey[] = COMPARED_SETTINGS) =>
  compareSettings(a, b, keys).differing.length === 0;

/** Every setting either states, with `a`'s value first (for merging the citations of one measurement). */
export function mergeSettings(a: Settings, b: Settings): Settings {
  return { ...b, ...a };
}

/** A stable text key of all settings, notes included, to spot a figure entered twice. */
export function settingsKey(s: Settings): string {
  return JSON.stringify(Object.keys(s).sort().map((k) => [k, normSetting(s[k as keyof Settings])]));
}

/** A stable text key of the compared settings only (notes left out). */
export function comparedSettingsKey(s: Settings): string {
  return COMPARED_SETTINGS.filter((k) => stated(s, k)).map((k) => `${k}=${normSetting(s[k])}`).join(';');
}

/** One sentence naming how two settings differ: "harness differs (Claude Code vs Codex CLI)". */
export function describeMismatch(a: Settings, b: Settings, c: SettingsComparison = compareSettings(a, b)): string {
  const diff = c.differing.map((k) => `${SETTING_LABELS[k]} differs (${a[k]} vs ${b[k]})`);
  const missing = c.unstated.map((k) => `${SETTING_LABELS[k]} stated on one side only (${a[k] ?? b[k]})`);
  return [...diff, ...missing].join('; ');
}

/** Settings as a short human phrase, e.g. "effort high · tools none · harness Terminus-2". */
export function describeSettings(s: Settings): string {
  const parts = [
    s.reasoningEffort && `effort ${s.reasoningEffort}`,
    s.tools && `tools ${s.tools}`,
    s.harness && `harness ${s.harness}`,
    s.attempts && `pass@${s.attempts}`,
    s.shots !== undefined && `${s.shots}-shot`,
    s.subset && `subset ${s.subset}`,
    s.checkpoint && `checkpoint ${s.checkpoint}`,
  ].filter(Boolean);
  return parts.join(' · ');
}
