/** The claims' verdicts for pages, computed once per build. */
import { readFileSync } from 'node:fs';
import { articleText } from '../lib/article';
import { judgeAll, type ClaimVerdict } from '../lib/verdicts';
import { loadDataset } from './dataset';

let cached: Promise<ClaimVerdict[]> | undefined;

/** Every claim's verdict, in the article's order. */
export function loadVerdicts(): Promise<ClaimVerdict[]> {
  cached ??= loadDataset().then((data) => judgeAll(data, articleText(readFileSync)));
  return cached;
}
