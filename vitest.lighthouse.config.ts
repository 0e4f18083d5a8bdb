import { defineConfig } from 'vitest/config';

/** Lighthouse audits of the production build (`npm run lighthouse`), one page at a time. */
export default defineConfig({
  test: {
    name: 'lighthouse',
    environment: 'node',
    include: ['test/lighthouse/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
