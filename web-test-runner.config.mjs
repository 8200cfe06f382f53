/**
 * The one web-test-runner configuration: each package runs it from its own folder
 * (`wtr --config ../../web-test-runner.config.mjs`) and it tests that package's
 * `test/**\/*.browser.test.ts` in Debian's Chromium, never a downloaded browser.
 */
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { olderCopyMiddleware } from './scripts/older-copy-middleware.mjs';
import { strictCspMiddleware } from './scripts/strict-csp-middleware.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** A port no other process holds: turbo runs two packages' browser tests at once, and 8000 is only one. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export default {
  rootDir: '../..',
  port: await freePort(),
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: keyboard tests need the focused tab, and the suite is small.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { __CS_PSEUDO_LOCALES__: 'true' } })],
  middleware: [strictCspMiddleware, olderCopyMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('reports/wtr.json')],
};
