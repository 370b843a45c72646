/**
 * Numbers as people read them, on every built page: no visible number carries more decimals
 * than a source prints (data feeds carry machine precision; src/lib/format.ts rounds for
 * display). Downloads keep exact values and are not scanned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/build';
import { htmlFiles } from './support/html-files';


/** The text a reader sees: no scripts, styles or tags; entities decoded enough for digits; links written out (https://…/2508.06471) are names, not numbers. */
const visibleText = (html: string) =>
  html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;|&#160;/g, ' ').replace(/https?:\/\/\S+/g, ' ');

describe('every page', () => {
  it('shows no number with four or more decimals', () => {
    const offenders: string[] = [];
    let pages = 0;
    for (const file of htmlFiles(DIST)) {
      pages++;
      // arXiv identifiers (2512.02556, "arXiv paper 2602.15763") are names, not measurements.
      const long = visibleText(readFileSync(file, 'utf8')).match(/(?<!arXiv(?:\s+paper)?[:\s]?|abs\/|[\w.])\d+\.\d{4,}(?![\w.])/gi);
      if (long) offenders.push(`${file.slice(DIST.length)}: ${long.slice(0, 3).join(', ')}${long.length > 3 ? ` (+${long.length - 3})` : ''}`);
    }
    expect(pages).toBeGreaterThan(100);
    expect(offenders.slice(0, 20)).toEqual([]);
  });
});
