import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // CLI tests spawn the built bin; keep parallelism modest on 2-core machines.
    maxWorkers: 2,
  },
});
