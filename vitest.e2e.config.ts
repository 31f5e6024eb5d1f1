import { defineConfig } from 'vitest/config';

// Real-browser tests against the built extension (.output/). One file at a time: a Chromium
// process tree is ~0.4 GiB and these machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
  },
});
