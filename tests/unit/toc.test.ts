import { describe, expect, it } from 'vitest';
import { anchorOf, COLLAPSE_ABOVE, sectionCount, sections } from '../../src/lib/toc';

describe('sections', () => {
  it('groups by key in order of first appearance, with anchors and counts', () => {
    const s = sections(['a1', 'b1', 'a2'], (x) => x[0]!, (k) => k.toUpperCase());
    expect(s.map((x) => [x.key, x.label, x.anchor, x.items])).toEqual([['a', 'A', 'sec-a', ['a1', 'a2']], ['b', 'B', 'sec-b', ['b1']]]);
    expect(s.map((x) => x.collapsed)).toEqual([false, false]);
  });
  it('collapses a section above the threshold, counting weighted items', () => {
    const groups = [{ k: 'x', n: COLLAPSE_ABOVE }, { k: 'y', n: COLLAPSE_ABOVE }, { k: 'y', n: 1 }];
    const s = sections(groups, (g) => g.k, (k) => k, 'cat', (g) => g.n);
    expect(s.map((x) => x.collapsed)).toEqual([false, true]);
    expect(sectionCount(s[1]!, (g) => g.n)).toBe(COLLAPSE_ABOVE + 1);
  });
  it('makes id-safe anchors', () => {
    expect(anchorOf('cat', 'Agentic coding / tools')).toBe('cat-agentic-coding-tools');
    expect(anchorOf('cat', '—')).toBe('cat-other');
  });
});
