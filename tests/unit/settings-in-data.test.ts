/**
 * Settings over the real data: where one source prints two numbers for one model and benchmark
 * because it ran two conditions (base vs instruct checkpoint, thinking budget on vs off, two
 * prompt templates, text-only vs full set), the condition is a compared setting, so the two
 * never read as one measurement printed twice (or as a conflict inside one document).
 * (A table and a chart of one page that disagree are a different case and stay allowed.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDir } from '../../src/lib/load';
import { compareSettings } from '../../src/lib/settings';

const ROOT = join(import.meta.dirname, '..', '..');
const { dataset, problems } = validateDir(join(ROOT, 'data'), '2026-12-31', ROOT);

/** Source, model, benchmark and the two scores printed under two conditions the source names. */
const TWO_CONDITIONS: [string, string, string, number, number][] = [
  ['meta-llama-4-model-card', 'llama-4-scout', 'mmlu-pro', 58.2, 74.3],
  ['meta-llama-4-model-card', 'llama-4-maverick', 'mmlu-pro', 62.9, 80.5],
  ['meta-llama-4-model-card', 'llama-3-1-405b', 'mmlu-pro', 61.6, 73.4],
  ['meta-llama-4-model-card', 'llama-4-scout', 'chartqa', 83.4, 88.8],
  ['meta-llama-4-model-card', 'llama-4-maverick', 'docvqa', 91.6, 94.4],
  ['aider-polyglot-leaderboard', 'gemini-2-5-pro', 'aider-polyglot', 83.1, 79.1],
  ['aider-polyglot-leaderboard', 'claude-opus-4', 'aider-polyglot', 72, 70.7],
  ['deepseek-v3-2-technical-report', 'deepseek-v3-2', 'hle', 25.1, 23.9],
  ['moonshot-kimi-k2-5-model-card', 'kimi-k2-5', 'hle', 30.1, 31.5],
  ['moonshot-kimi-k2-5-model-card', 'kimi-k2-5', 'hle', 50.2, 51.8],
];

describe('settings in data/', () => {
  it('loads', () => expect(problems).toEqual([]));
  it.each(TWO_CONDITIONS)('%s: %s on %s, %d and %d differ in a stated setting', (source, model, benchmark, x, y) => {
    const row = (score: number) =>
      dataset!.results.find((r) => r.source === source && r.model === model && r.benchmark === benchmark && r.score === score);
    const a = row(x);
    const b = row(y);
    expect(a && b).toBeTruthy();
    expect(compareSettings(a!.settings, b!.settings).status).toBe('different');
  });
});
