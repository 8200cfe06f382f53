/**
 * A web-test-runner reporter that writes how many tests passed, failed and were skipped, so
 * scripts/test-all.mjs can add browser tests to the others. A file that failed to load
 * (syntax error, import error) counts as one failure: it must never pass silently.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter(file) {
  return {
    async onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(totals) + '\n');
    },
  };
}
