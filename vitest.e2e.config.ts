/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site (or use dist/) and drive it in Debian's Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
