/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Unit tests cover pure modules (src/schemas, src/lib) only, so they need no Astro config:
// getViteConfig() would also run our build-time data validation before every test run.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
});
