import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the global setup builds each fixture site once (samples at "/", samples
 * under BASE_PATH=/kiosque/, hostile texts), serves them on port 0 with the headers of
 * public/_headers, and the tests drive Debian's /usr/bin/chromium through playwright-core.
 * Only tests about building build again (reproducible.test.ts: two folders, three builds;
 * hostile.test.ts: the strict build); all builds take turns through a lock (build-site.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    allowOnly: !process.env.CI,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: one browser per test file, two files at a time.
    maxWorkers: 2,
  },
});
