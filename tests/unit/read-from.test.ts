import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentKey, isSearchLink, movingRef, readFromProblem, UNLOCATED_COPIES } from '../../src/lib/read-from';

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

describe('UNLOCATED_COPIES', () => {
  it('lists only sources that exist and still break the rule (remove a source once its copy is linked)', () => {
    const dir = join(import.meta.dirname, '..', '..', 'data', 'sources');
    for (const id of UNLOCATED_COPIES) {
      const s = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { url: string; readFrom?: { url: string } };
      expect(s.readFrom, id).toBeDefined();
      expect(readFromProblem(s.url, s.readFrom!.url), id).toBeDefined();
    }
  });
});
