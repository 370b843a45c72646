/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// The unit tests that exercise the verdict, settings and measurement modules, for Stryker
// (stryker.config.mjs). The golden file is left out: it re-judges the whole dataset per mutant.
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'tests/unit/verdicts*.test.ts',
      'tests/unit/measurements.test.ts',
      'tests/unit/conflicts.test.ts',
      'tests/unit/claim-review.test.ts',
      'tests/unit/verdict-*.test.ts',
      'tests/unit/settings.test.ts',
    ],
  },
});
