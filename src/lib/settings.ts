/**
 * Comparing settings. Settings are part of the measurement, so two figures are "like for
 * like" only when every setting both of them state agrees. A setting one source leaves unsaid
 * is treated as unknown, not as different: vendors rarely print every condition.
 */
import type { Settings } from '../schemas';

/** The settings fields that decide comparability (`notes` is prose and never compared). */
export const COMPARED_SETTINGS = ['reasoningEffort', 'tools', 'harness', 'attempts'] as const;

const norm = (v: unknown) => String(v).toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The conditions of a test, as opposed to a model's own configuration: between two different
 * models, reasoning effort is each vendor's choice of setting ("max" for one, "xhigh" for
 * another), while tools, harness and attempts must match for a fair comparison.
 */
export const TEST_CONDITIONS = ['tools', 'harness', 'attempts'] as const;

type SettingKey = (typeof COMPARED_SETTINGS)[number];

/** True when no setting (of `keys`) stated by both differs. */
export function settingsCompatible(a: Settings, b: Settings, keys: readonly SettingKey[] = COMPARED_SETTINGS): boolean {
  return keys.every((k) => a[k] === undefined || b[k] === undefined || norm(a[k]) === norm(b[k]));
}

/** The settings fields (of `keys`) that are stated by both and differ. */
export function settingsDifferences(a: Settings, b: Settings, keys: readonly SettingKey[] = COMPARED_SETTINGS): string[] {
  return keys.filter((k) => a[k] !== undefined && b[k] !== undefined && norm(a[k]) !== norm(b[k]));
}

/** A stable text key of all settings, notes included, to spot a figure entered twice. */
export function settingsKey(s: Settings): string {
  return JSON.stringify(Object.keys(s).sort().map((k) => [k, norm(s[k as keyof Settings])]));
}

/** Settings as a short human phrase, e.g. "effort high · tools none · harness Terminus-2". */
export function describeSettings(s: Settings): string {
  const parts = [
    s.reasoningEffort && `effort ${s.reasoningEffort}`,
    s.tools && `tools ${s.tools}`,
    s.harness && `harness ${s.harness}`,
    s.attempts && `pass@${s.attempts}`,
  ].filter(Boolean);
  return parts.join(' · ');
}
