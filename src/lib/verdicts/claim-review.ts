/**
 * schema.org ClaimReview for a claim page (the format fact-checkers publish so that search
 * engines and other checkers can read the verdict): the claim as it appeared, the verdict as
 * the rating's alternateName, who reviewed and when.
 */
import type { ClaimVerdict } from './index';

/** Ratings on a 1–5 scale for the scored verdicts; the rest carry only their name. */
const RATING: Partial<Record<string, number>> = { 'Not supported': 1, 'Partly supported': 3, Supported: 5 };

export interface ClaimReviewInput {
  verdict: ClaimVerdict;
  /** The claim page's absolute URL. */
  url: string;
  articleTitle: string;
  /** The date the review's data is as of (YYYY-MM-DD). */
  datePublished: string;
  siteName: string;
  siteUrl: string;
}

/** The ClaimReview object (serialise with `jsonLd`). */
export function claimReview({ verdict: v, url, articleTitle, datePublished, siteName, siteUrl }: ClaimReviewInput) {
  const rating = RATING[v.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: v.claim.quote,
    itemReviewed: {
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', headline: articleTitle },
    },
    author: { '@type': 'Organization', name: siteName, url: siteUrl },
    datePublished,
    reviewRating: {
      '@type': 'Rating',
      alternateName: v.verdict,
      ...(rating !== undefined ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLd = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
