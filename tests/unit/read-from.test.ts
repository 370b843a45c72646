import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRead, documentKey, isSearchLink, movingRef, readFromProblem } from '../../src/lib/read-from';

describe('isSearchLink', () => {
  it.each([
    'https://github.com/search?q=%22GLM-5.2%22&type=code',
    'https://www.google.com/search?q=glm',
    'https://www.bing.com/search?q=glm',
    'https://example.org/docs?q=pricing',
    'https://huggingface.co/search/full-text?q=glm',
  ])('refuses %s', (url) => expect(isSearchLink(url)).toBe(true));
  it.each([
    'https://github.com/a/b/blob/0123456789abcdef0123456789abcdef01234567/README.md',
    'https://megalodon.jp/ref/2026-0127-1126-52/https://qwen.ai:443/blog?id=qwen3-max-thinking',
    'https://worker.example.dev/u/r/blob/0123456789abcdef0123456789abcdef01234567/README.md?code=true',
    'https://research.example.org/searchlight/paper',
  ])('accepts %s', (url) => expect(isSearchLink(url)).toBe(false));
});

describe('documentKey', () => {
  it('ignores trailing slash, www, fragment, default branch and README', () => {
    expect(documentKey('https://www.z.ai/blog/glm-5.2/#x')).toBe(documentKey('https://z.ai/blog/glm-5.2'));
    expect(documentKey('https://huggingface.co/zai-org/GLM-5.2/blob/main/README.md')).toBe(documentKey('https://huggingface.co/zai-org/GLM-5.2'));
    expect(documentKey('https://github.com/zai-org/GLM-5/tree/master')).toBe(documentKey('https://github.com/zai-org/GLM-5'));
  });
  it('keeps a file at a commit apart from the original', () => {
    expect(documentKey('https://github.com/zai-org/GLM-5/blob/1a977a8a92e810bd78b0c0a98f8623c8a2c02751/README.md')).not.toBe(documentKey('https://github.com/zai-org/GLM-5'));
  });
});

describe('movingRef', () => {
  it('names the branch of a GitHub, raw or Hugging Face link', () => {
    expect(movingRef('https://github.com/a/b/blob/main/x.md')).toBe('main');
    expect(movingRef('https://raw.githubusercontent.com/a/b/dev/x.md')).toBe('dev');
    expect(movingRef('https://huggingface.co/a/b/resolve/main/README.md')).toBe('main');
  });
  it('accepts a 40-hex commit and pages that are not files', () => {
    expect(movingRef('https://github.com/a/b/blob/0123456789abcdef0123456789abcdef01234567/x.md')).toBeUndefined();
    expect(movingRef('https://huggingface.co/blog/zai-org/glm-52-blog')).toBeUndefined();
  });
});

describe('readFromProblem', () => {
  it('is undefined for a copy at a commit', () => {
    expect(readFromProblem('https://z.ai/blog/glm-5.2', 'https://github.com/a/b/blob/0123456789abcdef0123456789abcdef01234567/glm-5.2.md')).toBeUndefined();
  });
  it('reports one problem, search first', () => {
    expect(readFromProblem('https://z.ai/x', 'https://github.com/search?q=x')).toMatch(/search-results link/);
    expect(readFromProblem('https://z.ai/x', 'https://z.ai/x/')).toMatch(/the original \(url\) again/);
    expect(readFromProblem('https://z.ai/x', 'https://github.com/a/b/blob/main/x.md')).toMatch(/names the branch "main"/);
  });
});

describe('the sources in data/', () => {
  it('name every copy read: a link that passes the rule, or what identifies a copy with no address; never a search link', () => {
    const dir = join(import.meta.dirname, '..', '..', 'data', 'sources');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const s = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { url: string; readFrom?: { url?: string; copy?: string } };
      if (!s.readFrom) continue;
      if (s.readFrom.url !== undefined) expect(readFromProblem(s.url, s.readFrom.url), f).toBeUndefined();
      else expect(s.readFrom.copy, f).toMatch(/^(look-up index files? \d+|not identified: )/);
    }
  });
});

describe('copyRead', () => {
  it('is the copy\'s link, else what identifies it, else empty', () => {
    expect(copyRead({ url: 'https://a.org/x' })).toBe('https://a.org/x');
    expect(copyRead({ copy: 'look-up index file 1' })).toBe('look-up index file 1');
    expect(copyRead(undefined)).toBe('');
  });
});
