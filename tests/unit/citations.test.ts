import { describe, expect, it } from 'vitest';
import { citePage } from '../../src/lib/citations';

describe('citePage', () => {
  const c = citePage({ title: 'Claim: fewer parameters', url: 'https://example.org/ledger/claims/fewer-parameters/', version: 'abc123def456', dataAsOf: '2026-11-29', accessed: '2026-12-01', key: 'ledger-claim-fewer-parameters' });
  it('names the permalink, the dataset version and the access date in every style', () => {
    for (const text of Object.values(c)) {
      expect(text).toContain('example.org/ledger/claims/fewer-parameters/');
      expect(text).toContain('abc123def456');
    }
    expect(c.plain).toContain('accessed 2026-12-01');
    expect(c.apa).toContain('Retrieved December 1, 2026');
    expect(c.mla).toContain('Accessed 1 Dec. 2026');
  });
  it('writes valid-looking BibTeX', () => {
    expect(c.bibtex).toMatchInlineSnapshot(`
      "@misc{ledger-claim-fewer-parameters,
        title = {Claim: fewer parameters},
        author = {{Benchmark Ledger}},
        year = {2026},
        howpublished = {\\url{https://example.org/ledger/claims/fewer-parameters/}},
        note = {Dataset version abc123def456, data as of 2026-11-29. Accessed 2026-12-01},
      }"
    `);
  });
});
