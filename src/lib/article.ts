/**
 * The article under review. It lives beside the project (../shared/article/), not in it: the
 * site quotes its claim sentences but does not republish the whole text.
 */

/** Where the article's text is, relative to the project root. */
export const ARTICLE_PATH = '../shared/article/glm-5-2-unleashed.txt';

/** The article's title, by which it is attributed (it came with no author, date or URL). */
export const ARTICLE_TITLE = 'GLM 5.2 Unleashed: The Massive Geopolitical Shift as China Overtakes the West in Generative AI Performance';

/** Reads the article's text, or undefined where it is not beside the project. */
export function articleText(read: (path: string, enc: 'utf8') => string, root = '.'): string | undefined {
  try {
    return read(`${root}/${ARTICLE_PATH}`, 'utf8');
  } catch {
    return undefined;
  }
}
