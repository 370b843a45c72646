import { describe, expect, it } from 'vitest';
import { cjkLang, langRuns } from '../../src/lib/lang';

describe('langRuns', () => {
  it('marks quoted Chinese inside the quotes, and bare Chinese words', () => {
    expect(langRuns("模型概览: '参数量：27B' (secondary rendering)")).toEqual([
      { text: '模型概览', lang: 'zh' }, { text: ": '" }, { text: '参数量：27B', lang: 'zh' }, { text: "' (secondary rendering)" },
    ]);
  });
  it('keeps plain English as one run', () => {
    expect(langRuns('Table 6, row HLE')).toEqual([{ text: 'Table 6, row HLE' }]);
    expect(langRuns('')).toEqual([]);
  });
  it('tells Japanese by kana or a Japanese-only kanji', () => {
    expect(cjkLang('1,048,576 トークン')).toBe('ja');
    expect(cjkLang("metadata table '発表日 2026-04-16'")).toBe('ja');
    expect(cjkLang("spec panel: '发布日期 22 Jul 2025'")).toBe('zh');
    expect(langRuns("header '発表日 2026-04-16'; overview")[1]).toEqual({ text: '発表日 2026-04-16', lang: 'ja' });
  });
  it('loses no character', () => {
    const t = "Table 6 (as excerpted in the reading note's '关键评测数据' table), row 'HLE'";
    expect(langRuns(t).map((r) => r.text).join('')).toBe(t);
  });
});
