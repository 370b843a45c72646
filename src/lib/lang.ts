/**
 * Chinese and Japanese words quoted inside English text (locators such as "spec panel: '发布日期
 * 22 Jul 2025'") as runs, so a page can mark them with `lang` and screen readers and fonts treat
 * them as what they are. Which language: Japanese when the text has kana or a kanji form only
 * Japanese writes (発, 価, 対, ...); Chinese otherwise. A heuristic, stated here, never guessed per page.
 */

const CJK = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const KANA = /[\u3040-\u30ff]/;
/** Shinjitai forms that Chinese writes differently (发, 价, 对, ...). */
const JAPANESE_ONLY = /[発価対応験読続転図変実単帰気広駅楽薬辺関険権検戦鉄歴総処択払県縦雑両売]/;
const RUN = new RegExp(`'([^']*[${CJK}][^']*)'|([${CJK}](?:[${CJK}\\s]*[${CJK}])?)`, 'gu');

export interface TextRun {
  text: string;
  /** "ja" or "zh" on a run of Japanese or Chinese; absent on the surrounding text. */
  lang?: 'ja' | 'zh';
}

/** The language of CJK text: "ja" or "zh". */
export const cjkLang = (text: string): 'ja' | 'zh' => (KANA.test(text) || JAPANESE_ONLY.test(text) ? 'ja' : 'zh');

/** Splits text into runs; quoted CJK is one run (quotes outside it), and so is any other CJK sequence. */
export function langRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const lang = cjkLang(text);
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    const quoted = m[1] !== undefined;
    const start = m.index! + (quoted ? 1 : 0);
    const inner = quoted ? m[1]! : m[2]!;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: inner, lang });
    at = start + inner.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
