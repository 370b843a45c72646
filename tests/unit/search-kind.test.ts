import { describe, expect, it } from 'vitest';
import { isRedirectPage, pageKind, withKind } from '../../src/lib/search/kind';

describe('pageKind', () => {
  it('names a record page by its folder, and a folder index as a list', () => {
    expect(pageKind('models/glm-5-2/index.html')).toBe('Model');
    expect(pageKind('/benchmarks/terminal-bench-2-0/')).toBe('Benchmark');
    expect(pageKind('sources/index.html')).toBe('List of sources');
    expect(pageKind('compare/glm-5-2-vs-gpt-5-5/index.html')).toBe('Comparison');
    expect(pageKind('index.html')).toBe('Home');
    expect(pageKind('methodology/index.html')).toBe('Methodology');
    expect(pageKind('something-new/index.html')).toBe('Page');
  });

  it('leaves out embeds, images and the search page itself', () => {
    expect(pageKind('embed/hle/index.html')).toBeUndefined();
    expect(pageKind('search/index.html')).toBeUndefined();
  });
});

describe('withKind and isRedirectPage', () => {
  it('puts the kind inside <main> as Pagefind metadata and filter, and weights a record page\'s heading', () => {
    expect(withKind('<body><main class="x"><h1>A</h1></main></body>', 'Model')).toBe(
      '<body><main class="x"><span hidden data-pagefind-meta="kind:Model" data-pagefind-filter="kind:Model"></span><h1 data-pagefind-weight="10">A</h1></main></body>');
  });

  it('knows a meta-refresh page', () => {
    expect(isRedirectPage('<meta http-equiv="refresh" content="0;url=/x/">')).toBe(true);
    expect(isRedirectPage('<meta name="description" content="refresh">')).toBe(false);
  });
});
