import { describe, expect, it } from 'vitest';
import { judgeClaim } from '../../src/lib/verdicts';
import { claimReview, jsonLd } from '../../src/lib/verdicts/claim-review';
import { decisiveLines } from '../../src/lib/verdicts/decisive';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset!;
const v = judgeClaim(data, 'model-x-rivals', data.claims.get('model-x-rivals')!);

describe('ClaimReview JSON-LD', () => {
  const review = claimReview({ verdict: v, url: 'https://x.example/claims/model-x-rivals/', articleTitle: 'An article', datePublished: '2026-11-29', siteName: 'Benchmark Ledger', siteUrl: 'https://x.example/' });
  it('names the claim, where it appeared and the verdict as the rating\'s name', () => {
    const parsed = JSON.parse(jsonLd(review));
    expect(parsed['@type']).toBe('ClaimReview');
    expect(parsed.claimReviewed).toBe('Model X rivals the best');
    expect(parsed.itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', headline: 'An article' } });
    expect(parsed.reviewRating).toEqual({ '@type': 'Rating', alternateName: v.verdict, ratingValue: 1, bestRating: 5, worstRating: 1 });
  });
  it('cannot be closed by text in the data', () => {
    expect(jsonLd({ q: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('decisive lines', () => {
  it('are the counted lines that carry the verdict', () => {
    const lines = decisiveLines(v.atLaunch!);
    expect(lines.every((l) => l.counted !== false && l.pass === false)).toBe(true);
  });
});
