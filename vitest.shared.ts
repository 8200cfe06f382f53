import { defineConfig } from 'vitest/config';

/**
 * The one vitest configuration every package's `test` script runs with (from the package's
 * folder): Node tests only, a JSON report that scripts/test-all.mjs adds up.
 */
export default defineConfig({
  define: { __CS_VERSION__: JSON.stringify('test'), __CS_PSEUDO_LOCALES__: 'true' },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', '**/node_modules/**'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
