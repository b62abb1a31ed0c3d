import { defineConfig } from 'vitest/config';

// End-to-end tier: real headless Chromium and Firefox on the built extension (run `npm run build` first).
export default defineConfig({
  test: {
    globals: true,
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A real browser on a loaded 2-core machine now and then fails to start or answer in time;
    // one retry keeps such a hiccup from failing the run. A test that fails twice still fails.
    retry: 1,
  },
});
