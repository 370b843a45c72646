/**
 * The claims against the article itself: every quote is word for word, sits in the paragraph
 * it names, and every sentence of the article is covered by at least one claim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH } from '../../src/lib/article';
import { validateDir } from '../../src/lib/load';

const ROOT = join(import.meta.dirname, '..', '..');
const article = readFileSync(join(ROOT, ARTICLE_PATH), 'utf8');
// The last three lines are the web page's furniture ("Leave a Comment", ...), not the article.
const paragraphs = article.trim().split(/\n\s*\n/).slice(0, -3);
const claims = [...validateDir(join(ROOT, 'data')).dataset.claims.entries()];

describe('claims quote the article', () => {
  it('has the headline and four paragraphs', () => expect(paragraphs).toHaveLength(5));

  it.each(claims)('%s is quoted word for word in its paragraph', (_id, c) => {
    expect(paragraphs[c.paragraph]).toContain(c.quote);
  });

  it('covers every sentence that asserts something', () => {
    const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/));
    const uncovered = sentences.filter((s) => !claims.some(([, c]) => s.includes(c.quote)));
    expect(uncovered).toEqual([]);
  });

  it('has well over a dozen claims, and the measurable ones each carry a test', () => {
    expect(claims.length).toBeGreaterThan(15);
    expect(claims.filter(([, c]) => c.kind === 'measurable').every(([, c]) => c.test)).toBe(true);
  });

  it("quotes claim fragments, not the whole article", () => {
    // Every sentence asserts something, so fragments of each are quoted; the connective prose is not.
    const quoted = claims.reduce((n, [, c]) => n + c.quote.length, 0);
    expect(quoted).toBeLessThan(article.length * 0.65);
  });
});
