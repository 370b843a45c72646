// @ts-check
/**
 * Mutation testing of the modules that decide verdicts (`npm run mutation`): measurement
 * identity, settings compatibility and the verdict engine. A surviving mutant is a change to
 * the rules that no test notices. Not part of `npm test` (it takes minutes); the score and the
 * survivors are reported in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/lib/measurements.ts',
    'src/lib/settings.ts',
    'src/lib/verdicts/*.ts',
    '!src/lib/verdicts/types.ts',
  ],
  coverageAnalysis: 'perTest',
  // Prose (rule texts, reasons) is pinned by the golden file, not by these unit tests; mutating
  // its string literals would measure wording, not rules. Static mutants (module-level constants)
  // re-run every test and are left to the golden file too.
  mutator: { excludedMutations: ['StringLiteral'] },
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
