import type { APIRoute } from 'astro';
import { ARTICLE_TITLE } from '../../lib/article';
import { envelope } from '../../lib/export';
import { loadDataset } from '../../site/dataset';
import { absoluteUrl } from '../../site/site-url';
import { loadVerdicts } from '../../site/verdicts';
import { verdictRecord } from '../../lib/verdicts/record';

/** Every claim of the article with its computed verdict and rule. */
export const GET: APIRoute = async () => {
  const data = await loadDataset();
  const items = (await loadVerdicts()).map((v) => ({
    quote: v.claim.quote,
    paragraph: v.claim.paragraph,
    ...verdictRecord(v),
    rule: (v.atLaunch ?? v.today)?.rule ?? null,
    reason: (v.atLaunch ?? v.today)?.reason ?? null,
    vendorFiguresOnly: (v.atLaunch ?? v.today)?.vendorOnly ?? false,
    url: absoluteUrl(`/claims/${v.id}/`),
  }));
  return Response.json({ ...envelope(data, absoluteUrl('/'), 'claims', items), article: ARTICLE_TITLE });
};
