import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INLINE_BUDGET, overBudget, pageWeight } from '../../src/lib/budgets';

const source = readFileSync(join(import.meta.dirname, '../../src/components/ThemeScript.astro'), 'utf8');
const script = /<script is:inline data-theme-script>([\s\S]*?)<\/script>/.exec(source)?.[1] ?? '';

describe('the inline theme script', () => {
  it('is one static string: no interpolation, so its CSP hash is stable', () => {
    expect(script.length).toBeGreaterThan(100);
    expect(script).not.toMatch(/[{]\s*Astro|define:vars|\$\{/);
  });
  it('fits the inline allowance of a page without a chart, beside an index filter', () => {
    const page = (extra: string) => `<html><head><script data-theme-script>${script}</script></head><body>${extra}</body></html>`;
    const filter = `<script type="module">${'const rows=document.querySelectorAll("tr");'.repeat(12)}</script>`;
    expect(overBudget(page(''), pageWeight(page(''), () => undefined))).toBeUndefined();
    const w = pageWeight(page(filter), () => undefined);
    expect(overBudget(page(filter), w)).toBeUndefined();
    expect(pageWeight(page(''), () => undefined).inline).toBeLessThan(INLINE_BUDGET / 2);
  });
});
