import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { compileGate } from './core/detect/prefilter';
import { wicNames } from './data/names';

// Unit tests: pure core in Node, components and page code in happy-dom (per-file
// `// @vitest-environment happy-dom`). Browser tests live in tests/e2e and have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  // As in wxt.config.ts: what the background's gate search looks for (ext/gate-driver.ts).
  define: { __WIC_GATE__: JSON.stringify(compileGate(wicNames)) },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.tmp/**', 'tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
  },
});
