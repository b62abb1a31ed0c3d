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
  },
});
