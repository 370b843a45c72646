/**
 * The golden file: every claim's three verdicts and every line beneath them, computed from
 * data/ and committed in tests/golden/verdicts.json. Any difference fails, so a verdict that
 * changes (by a data change or an engine change) is always a reviewed change in the diff.
 * After reviewing a deliberate change: `UPDATE_GOLDEN=1 npx vitest run tests/unit/golden-verdicts.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/lib/article';
import { validateDir } from '../../src/lib/load';
import { judgeAll } from '../../src/lib/verdicts';
import { goldenRecord } from '../../src/lib/verdicts/record';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'tests', 'golden', 'verdicts.json');

describe('the golden verdicts', () => {
  it('match what the engine computes from data/ (review, then UPDATE_GOLDEN=1 to accept)', () => {
    const { dataset, problems } = validateDir(join(ROOT, 'data'), '2026-12-31', ROOT);
    expect(problems).toEqual([]);
    const actual = `${JSON.stringify(judgeAll(dataset!, articleText(readFileSync)).map(goldenRecord), null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, actual);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
