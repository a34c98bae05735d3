import { defineConfig } from 'vitest/config';

/** Unit tests: pure pipeline, queries and loader; fast, no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    allowOnly: !process.env.CI,
    testTimeout: 60_000,
  },
});
