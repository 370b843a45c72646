import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('joins the base and a root-relative path', () => {
    expect(withBase('/', '/charts/hle/')).toBe('/charts/hle/');
    expect(withBase('/benchmark-ledger', '/charts/hle/')).toBe('/benchmark-ledger/charts/hle/');
    expect(withBase('/benchmark-ledger/', '')).toBe('/benchmark-ledger/');
  });
});
