import { describe, expect, it } from 'vitest';
import { NAV, navCurrent } from '../../src/lib/nav';

describe('navCurrent', () => {
  it('marks the section page itself as the current page', () => {
    expect(navCurrent('/claims/', '/', '/claims/')).toBe('page');
    expect(navCurrent('/ledger/data/', '/ledger/', '/data/')).toBe('page');
    expect(navCurrent('/ledger/data', '/ledger', '/data/')).toBe('page');
  });
  it('marks pages inside a section with "true"', () => {
    expect(navCurrent('/claims/china-overtakes-west/', '/', '/claims/')).toBe('true');
    expect(navCurrent('/ledger/models/glm-5-2/', '/ledger/', '/models/')).toBe('true');
  });
  it('marks nothing elsewhere', () => {
    expect(navCurrent('/', '/', '/claims/')).toBeUndefined();
    expect(navCurrent('/models/x/', '/', '/claims/')).toBeUndefined();
    expect(NAV.map((n) => navCurrent('/404.html', '/', n.path)).filter(Boolean)).toEqual([]);
  });
});
