import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure core in Node, components and page code in happy-dom (per-file
// `// @vitest-environment happy-dom`). Browser tests live in tests/e2e and have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.tmp/**', 'tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
  },
});
