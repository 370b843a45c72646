/**
 * One test per invalid fixture (tests/fixtures/invalid/<case>/): each pins the exact lines a
 * contributor sees, so a change to a message is a deliberate, reviewed change.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, problemLines } from '../support/fixtures';

describe('the valid fixture dataset', () => {
  it('has no problems', () => {
    expect(problemLines()).toEqual([]);
  });
});

describe('every invalid fixture', () => {
  it('is pinned below and fails validation', () => {
    const cases = readdirSync(join(FIXTURES, 'invalid'));
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(problemLines(c), c).not.toEqual([]);
  });
});

describe('invalid fixtures', () => {
  it('active-above-total', () => {
    expect(problemLines('active-above-total')).toMatchInlineSnapshot(`
      [
        "data/models/model-x.json: activeParameters.value: active parameters (800B) cannot exceed total parameters (744B) (check the units: both are in billions)",
      ]
    `);
  });
  it('benchmark-http-url', () => {
    expect(problemLines('benchmark-http-url')).toMatchInlineSnapshot(`
      [
        "data/benchmarks/bench-pct.json: url: expected an https:// link, got "http://bench.example.org/" (only https links to public pages are published)",
      ]
    `);
  });
  it('benchmark-range-inverted', () => {
    expect(problemLines('benchmark-range-inverted')).toMatchInlineSnapshot(`
      [
        "data/benchmarks/bench-pct.json: range: range.max must be above range.min (or null)",
      ]
    `);
  });
  it('benchmark-unknown-category', () => {
    expect(problemLines('benchmark-unknown-category')).toMatchInlineSnapshot(`
      [
        "data/benchmarks/bench-pct.json: category: expected one of reasoning, knowledge, math, science, coding, agentic-coding, agentic-tool-use, web-browsing, long-context, multimodal, instruction-following, writing, human-preference, aggregate-index, got "coding-agents"",
      ]
    `);
  });
  it('benchmark-unknown-unit', () => {
    expect(problemLines('benchmark-unknown-unit')).toMatchInlineSnapshot(`
      [
        "data/benchmarks/bench-pct.json: unit: expected one of %, points, Elo, index, got "percent"",
      ]
    `);
  });
  it('claim-unknown-kind', () => {
    expect(problemLines('claim-unknown-kind')).toMatchInlineSnapshot(`
      [
        "data/claims/model-x-rivals.json: kind: expected one of measurable, opinion, prediction, got "fact"",
      ]
    `);
  });
  it('date-in-future', () => {
    expect(problemLines('date-in-future')).toMatchInlineSnapshot(`
      [
        "data/sources/anthropic-post.json: published: the date 2027-01-15 is in the future (today is 2026-11-29; write the date the document shows)",
        "data/sources/anthropic-post.json: retrieved: retrieved 2026-11-29 is before published 2027-01-15 (a document is read after it appears)",
      ]
    `);
  });
  it('file-name-not-kebab', () => {
    expect(problemLines('file-name-not-kebab')).toMatchInlineSnapshot(`
      [
        "data/models/Model_Z.json: the file name "Model_Z" is not a valid id (rename it in kebab-case: lowercase letters, digits and single hyphens, e.g. "glm-5-2.json")",
      ]
    `);
  });
  it('json-duplicate-key', () => {
    expect(problemLines('json-duplicate-key')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json:2:63: the field "family" is given twice in this object (keep one; JSON readers silently drop the other)",
      ]
    `);
  });
  it('json-empty-file', () => {
    expect(problemLines('json-empty-file')).toMatchInlineSnapshot(`
      [
        "data/claims/empty.json:2:1: the file is empty (a record is a JSON object: { ... })",
      ]
    `);
  });
  it('json-missing-comma', () => {
    expect(problemLines('json-missing-comma')).toMatchInlineSnapshot(`
      [
        "data/organizations/board.json:3:3: expected "," or "}" after the value of "name", found "\\"" (a comma may be missing)",
      ]
    `);
  });
  it('json-not-object', () => {
    expect(problemLines('json-not-object')).toMatchInlineSnapshot(`
      [
        "data/claims/list.json: expected one JSON object { ... } per file",
      ]
    `);
  });
  it('json-percent-number', () => {
    expect(problemLines('json-percent-number')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json:1:103: write the number without % (the benchmark's unit says it is a percentage)",
      ]
    `);
  });
  it('json-single-quotes', () => {
    expect(problemLines('json-single-quotes')).toMatchInlineSnapshot(`
      [
        "data/organizations/board.json:1:3: expected a field name in double quotes, found "'"",
      ]
    `);
  });
  it('json-trailing-comma', () => {
    expect(problemLines('json-trailing-comma')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json:4:1: trailing comma before } (remove the last comma)",
      ]
    `);
  });
  it('json-unclosed-string', () => {
    expect(problemLines('json-unclosed-string')).toMatchInlineSnapshot(`
      [
        "data/organizations/board.json:1:11: a string is never closed on its line (a " is missing)",
      ]
    `);
  });
  it('model-date-in-words', () => {
    expect(problemLines('model-date-in-words')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: released.value: expected a date written YYYY-MM-DD, got "June 2026" (for example "2026-06-16")",
      ]
    `);
  });
  it('model-fact-without-source', () => {
    expect(problemLines('model-fact-without-source')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: license.source: expected the id of a source (a file name in data/sources/ without .json), got nothing",
      ]
    `);
  });
  it('model-alternative-unknown-source', () => {
    expect(problemLines('model-alternative-unknown-source')).toMatchInlineSnapshot(`
      [
        "data/models/model-x.json: totalParameters.alternatives[0].source: no source has the id "zai-crad" (did you mean "zai-card"? add data/sources/zai-crad.json or fix the id)",
      ]
    `);
  });
  it('model-impossible-date', () => {
    expect(problemLines('model-impossible-date')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: released.value: expected a date written YYYY-MM-DD, got "2026-02-30" (for example "2026-06-16")",
      ]
    `);
  });
  it('model-missing-released', () => {
    expect(problemLines('model-missing-released')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: released: this field is missing (add it; see data/README.md for what it holds)",
      ]
    `);
  });
  it('model-misspelt-field', () => {
    expect(problemLines('model-misspelt-field')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: relased: unknown field (did you mean "released"?)",
        "data/models/model-y.json: released: this field is missing (add it; see data/README.md for what it holds)",
      ]
    `);
  });
  it('model-negative-parameters', () => {
    expect(problemLines('model-negative-parameters')).toMatchInlineSnapshot(`
      [
        "data/models/model-x.json: activeParameters.value: expected a number above 0, got -40",
      ]
    `);
  });
  it('model-open-weights-yes', () => {
    expect(problemLines('model-open-weights-yes')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: openWeights.value: expected true or false, got "yes"",
      ]
    `);
  });
  it('model-parameters-estimate', () => {
    expect(problemLines('model-parameters-estimate')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: totalParameters.value: expected total parameters as a positive number of billions or "undisclosed", got "~700" (write "undisclosed" when the vendor does not publish it; never estimate)",
      ]
    `);
  });
  it('model-price-currency', () => {
    expect(problemLines('model-price-currency')).toMatchInlineSnapshot(`
      [
        "data/models/model-x.json: prices[0].currency: expected a currency code USD, CNY or EUR, got "$"",
      ]
    `);
  });
  it('non-json-file', () => {
    expect(problemLines('non-json-file')).toMatchInlineSnapshot(`
      [
        "data/models/notes.txt: only .json record files belong here (move or delete this file)",
      ]
    `);
  });
  it('org-bad-country', () => {
    expect(problemLines('org-bad-country')).toMatchInlineSnapshot(`
      [
        "data/organizations/board.json: country: expected a two-letter country code such as "CN" or "US", got "China"",
      ]
    `);
  });
  it('org-javascript-url', () => {
    expect(problemLines('org-javascript-url')).toMatchInlineSnapshot(`
      [
        "data/organizations/board.json: url: expected an https:// link, got "javascript:alert(1)" (only https links to public pages are published) [and 1 more like it in this file]",
      ]
    `);
  });
  it('org-unknown-kind', () => {
    expect(problemLines('org-unknown-kind')).toMatchInlineSnapshot(`
      [
        "data/organizations/board.json: kind: expected one of model-developer, independent-evaluator, academic, press, community, got "leaderboard"",
      ]
    `);
  });
  it('predecessor-released-later', () => {
    expect(problemLines('predecessor-released-later')).toMatchInlineSnapshot(`
      [
        "data/models/model-y.json: predecessor: the predecessor "model-x" was released 2026-06-16, after this model (2026-05-01)",
      ]
    `);
  });
  it('redirect-double-hyphen-model', () => {
    expect(problemLines('redirect-double-hyphen-model')).toMatchInlineSnapshot(`
      [
        "data/redirects/model-model-z.json: to: no model has the id "model--x" (a redirect must lead to a live page)",
      ]
    `);
  });
  it('redirect-from-live-id', () => {
    expect(problemLines('redirect-from-live-id')).toMatchInlineSnapshot(`
      [
        "data/redirects/model-model-z.json: from: "model-y" is still a live model id (a redirect is only for retired ids; delete the redirect or the record)",
      ]
    `);
  });
  it('redirect-to-missing', () => {
    expect(problemLines('redirect-to-missing')).toMatchInlineSnapshot(`
      [
        "data/redirects/model-model-z.json: to: no model has the id "model-q" (a redirect must lead to a live page)",
      ]
    `);
  });
  it('redirect-unknown-kind', () => {
    expect(problemLines('redirect-unknown-kind')).toMatchInlineSnapshot(`
      [
        "data/redirects/model-model-z.json: kind: expected one of chart, claim, model, benchmark, source, got "page"",
      ]
    `);
  });
  it('result-before-release', () => {
    expect(problemLines('result-before-release')).toMatchInlineSnapshot(`
      [
        "data/results/zai-card.json: results[0].model: the source is dated 2026-06-01, before model-x was released (2026-06-16) (check the source's date or the model's release date)",
      ]
    `);
  });
  it('result-fractional-attempts', () => {
    expect(problemLines('result-fractional-attempts')).toMatchInlineSnapshot(`
      [
        "data/results/zai-card.json: results[0].settings.attempts: expected a whole number of attempts (the k of pass@k), got 1.5",
      ]
    `);
  });
  it('result-missing-locator', () => {
    expect(problemLines('result-missing-locator')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].locator: expected where the figure stands as text, got nothing",
      ]
    `);
  });
  it('result-misspelt-score', () => {
    expect(problemLines('result-misspelt-score')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].score: expected a number, got nothing (write the score exactly as the source prints it, as a number)",
        "data/results/anthropic-post.json: results[0].scroe: unknown field (did you mean "score"?)",
      ]
    `);
  });
  it('result-score-quoted', () => {
    expect(problemLines('result-score-quoted')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].score: expected a number, got the string "59.3" (remove the quotes)",
      ]
    `);
  });
  it('result-score-with-percent', () => {
    expect(problemLines('result-score-with-percent')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].score: expected a number, got "81%" (write the number without %)",
      ]
    `);
  });
  it('result-interval-both-forms', () => {
    expect(problemLines('result-interval-both-forms')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].uncertainty.minus: write the interval in one form, as the source prints it: either {"lower", "upper", "kind"} (the bounds as printed) or {"minus", "plus", "kind"} (distances from the score as printed), not both (the other form is derived)",
      ]
    `);
  });
  it('result-interval-misses-score', () => {
    expect(problemLines('result-interval-misses-score')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].uncertainty: the score 59.3 lies outside its interval 60.4 to 62.5: lower ≤ score ≤ upper must hold; check the score and both bounds against the source (distances from the score go in "minus" and "plus")",
      ]
    `);
  });
  it('result-typed-provenance', () => {
    expect(problemLines('result-typed-provenance')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].provenance: unknown field (fields allowed here: model, benchmark, variant, score, scale, uncertainty, settings, locator, submittedBy, note)",
      ]
    `);
  });
  it('result-unknown-setting', () => {
    expect(problemLines('result-unknown-setting')).toMatchInlineSnapshot(`
      [
        "data/results/zai-card.json: results[0].settings.effort: unknown field (fields allowed here: reasoningEffort, tools, harness, checkpoint, shots, subset, attempts, notes)",
      ]
    `);
  });
  it('results-file-name-mismatch', () => {
    expect(problemLines('results-file-name-mismatch')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: source: expected "anthropic-post" (a results file is named after its source), got "zai-card" (rename the file to zai-card.json or fix the field)",
      ]
    `);
  });
  it('retrieved-before-published', () => {
    expect(problemLines('retrieved-before-published')).toMatchInlineSnapshot(`
      [
        "data/sources/anthropic-post.json: retrieved: retrieved 2026-04-01 is before published 2026-05-01 (a document is read after it appears)",
      ]
    `);
  });
  it('same-result-twice', () => {
    expect(problemLines('same-result-twice')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[1]: the same figure is entered twice (same model, benchmark, variant and settings as results[0]; remove one, or tell them apart by settings or variant)",
      ]
    `);
  });
  it('score-out-of-range', () => {
    expect(problemLines('score-out-of-range')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].score: expected a number from 0 to 100 (the range of bench-pct), got 593 (check the unit: %)",
      ]
    `);
  });
  it('source-copy-without-note', () => {
    expect(problemLines('source-copy-without-note')).toMatchInlineSnapshot(`
      [
        "data/sources/board-snapshot.json: readFrom.note: expected what the copy is as text, got nothing",
      ]
    `);
  });
  it('source-copy-url-and-copy', () => {
    expect(problemLines('source-copy-url-and-copy')).toMatchInlineSnapshot(`
      [
        "data/sources/board-snapshot.json: readFrom.copy: set url or copy, not both (copy is only for a copy that has no address to link)",
      ]
    `);
  });
  it('source-copy-neither', () => {
    expect(problemLines('source-copy-neither')).toMatchInlineSnapshot(`
      [
        "data/sources/board-snapshot.json: readFrom.url: a copy needs url (the exact document read) or, when it has no address, copy (what identifies it, e.g. "look-up index file 70968833802")",
      ]
    `);
  });
  it('source-copy-is-search', () => {
    expect(problemLines('source-copy-is-search')).toMatchInlineSnapshot(`
      [
        "data/sources/anthropic-post.json: readFrom.url: "https://www.google.com/search?q=model+y+launch" is a search-results link, not the document read (link the exact copy you read: a GitHub file at a commit (https://github.com/<owner>/<repo>/blob/<40-hex commit>/<path>), a capture, an archive URL or the specific page; open the search's result and copy its permalink)",
        "data/sources/board-snapshot.json: readFrom.url: "https://github.com/search?q=%22Board+snapshot%22&type=code" is a search-results link, not the document read (link the exact copy you read: a GitHub file at a commit (https://github.com/<owner>/<repo>/blob/<40-hex commit>/<path>), a capture, an archive URL or the specific page; open the search's result and copy its permalink)",
      ]
    `);
  });
  it('source-copy-repeats-original', () => {
    expect(problemLines('source-copy-repeats-original')).toMatchInlineSnapshot(`
      [
        "data/sources/anthropic-post.json: readFrom.url: "https://example.org/anthropic-post/" is the original (url) again (if you read the original, remove readFrom; if you read a copy, link the exact copy you read: a GitHub file at a commit (https://github.com/<owner>/<repo>/blob/<40-hex commit>/<path>), a capture, an archive URL or the specific page)",
        "data/sources/zai-card.json: readFrom.url: "https://huggingface.co/zhipu/model-x/blob/main/README.md" is the original (url) again (if you read the original, remove readFrom; if you read a copy, link the exact copy you read: a GitHub file at a commit (https://github.com/<owner>/<repo>/blob/<40-hex commit>/<path>), a capture, an archive URL or the specific page)",
      ]
    `);
  });
  it('source-copy-on-branch', () => {
    expect(problemLines('source-copy-on-branch')).toMatchInlineSnapshot(`
      [
        "data/sources/board-snapshot.json: readFrom.url: "https://github.com/example/archive/blob/main/board.csv" names the branch "main", which moves (replace "main" with the 40-hex commit of the version you read)",
      ]
    `);
  });
  it('source-ftp-url', () => {
    expect(problemLines('source-ftp-url')).toMatchInlineSnapshot(`
      [
        "data/sources/anthropic-post.json: url: expected an https:// link, got "ftp://example.org/post" (only https links to public pages are published)",
      ]
    `);
  });
  it('source-unknown-kind', () => {
    expect(problemLines('source-unknown-kind')).toMatchInlineSnapshot(`
      [
        "data/sources/board-snapshot.json: kind: expected one of model-card, vendor-blog, system-card, technical-report, paper, documentation, repository, independent-leaderboard, press, got "leaderboard"",
      ]
    `);
  });
  it('supersedes-itself', () => {
    expect(problemLines('supersedes-itself')).toMatchInlineSnapshot(`
      [
        "data/sources/zai-card-v2.json: supersedes: a source cannot supersede itself (name the earlier version's id)",
      ]
    `);
  });
  it('unknown-benchmark', () => {
    expect(problemLines('unknown-benchmark')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].benchmark: no benchmark has the id "swe-bench" (add data/benchmarks/swe-bench.json or fix the id)",
      ]
    `);
  });
  it('unknown-model', () => {
    expect(problemLines('unknown-model')).toMatchInlineSnapshot(`
      [
        "data/results/anthropic-post.json: results[0].model: no model has the id "model-yy" (did you mean "model-y"? add data/models/model-yy.json or fix the id)",
      ]
    `);
  });
  it('unknown-publisher', () => {
    expect(problemLines('unknown-publisher')).toMatchInlineSnapshot(`
      [
        "data/sources/anthropic-post.json: publisher: no organization has the id "anthropic-pbc" (did you mean "anthropic"? add data/organizations/anthropic-pbc.json or fix the id)",
      ]
    `);
  });
  it('unknown-submitter', () => {
    expect(problemLines('unknown-submitter')).toMatchInlineSnapshot(`
      [
        "data/results/board-snapshot.json: results[0].submittedBy: no organization has the id "zhipu" (add data/organizations/zhipu.json or fix the id)",
      ]
    `);
  });
  it('claim-opinion-with-test', () => {
    expect(problemLines('claim-opinion-with-test')).toMatchInlineSnapshot(`
      [
        "data/claims/model-x-rivals.json: test: a measurable claim needs a "test", and an opinion or prediction must not have one (it is shown, not scored)",
      ]
    `);
  });
  it('claim-unknown-rule', () => {
    expect(problemLines('claim-unknown-rule')).toMatchInlineSnapshot(`
      [
        "data/claims/model-x-rivals.json: test.rule: expected a test whose "rule" is one of score-comparison, parameters, price, open-weights, released-after, mixture-of-experts, efficiency, not-recorded, got "beats"",
      ]
    `);
  });
  it('claim-unknown-benchmark', () => {
    expect(problemLines('claim-unknown-benchmark')).toMatchInlineSnapshot(`
      [
        "data/claims/model-x-rivals.json: test.benchmarks.categories: no benchmark is in the categories writing (add a benchmark, or name a category some benchmark has)",
        "data/claims/model-x-rivals.json: test.rivals.models[0]: no model has the id "model-q" (did you mean "model-x"? add data/models/model-q.json or fix the id)",
      ]
    `);
  });
  it('benchmark-without-caveats', () => {
    expect(problemLines('benchmark-without-caveats')).toMatchInlineSnapshot(`
      [
        "data/benchmarks/bench-pct.json: caveats: name at least one caveat in your own words: saturation, contamination, harness dependence, who runs it",
      ]
    `);
  });
  it('result-placeholder-setting', () => {
    expect(problemLines('result-placeholder-setting')).toMatchInlineSnapshot(`
      [
        "data/results/zai-card.json: results[0].settings.harness: "best reported harness (varies by model)" is a placeholder, not a setting: record the setting this row's source states, or leave the field out (a setting the source does not state is unstated)",
        "data/results/zai-card.json: results[1].settings.tools: "tools enabled (not specified)" is a placeholder, not a setting: record the setting this row's source states, or leave the field out (a setting the source does not state is unstated)",
      ]
    `);
  });
});

describe('plausibility bounds (our rules, for scales without a natural end)', () => {
  it('score-implausible-elo: 1e308 Elo is refused, naming the file, the field and the fix', () => {
    expect(problemLines('score-implausible-elo')).toEqual([
      'data/results/board-snapshot.json: results[0].score: 1e+308 is outside the plausible Elo scores 0 to 4000 for arena-elo (a rule of ours in data/benchmarks/arena-elo.json, field plausible): check the figure for a typo; if the source really prints it, widen plausible there and say why in its note',
    ]);
  });
  it('benchmark-unbounded-without-plausible: an open scale must state its plausible bounds', () => {
    expect(problemLines('benchmark-unbounded-without-plausible')).toEqual([
      'data/benchmarks/arena-elo.json: plausible: this scale has no natural bound (range.min or range.max is null): add "plausible": { "min": ..., "max": ..., "note": "our rule, not a published figure: ..." } so that a typo such as 1e308 is refused',
    ]);
  });
  it('model-price-implausible: prices and token counts have bounds per unit', () => {
    expect(problemLines('model-price-implausible')).toEqual([
      'data/models/model-x.json: contextWindow.value: 2000000000000 tokens is above our plausibility bound of 1000000000 (a rule of ours, MODEL_BOUNDS in src/lib/cross-checks.ts): check for a typo or a wrong unit; if the source really prints it, raise the bound there',
      'data/models/model-x.json: prices[0].output: 32000000 USD per million tokens is above our plausibility bound of 10000 (a rule of ours, MODEL_BOUNDS in src/lib/cross-checks.ts): check for a typo or a wrong unit; if the source really prints it, raise the bound there',
    ]);
  });
});
