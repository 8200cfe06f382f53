/**
 * `npm test`: every check of the repository in one command, then one line that adds them up.
 *
 * Turbo runs the task graph (localize -> build -> lint, typecheck, node tests, browser tests,
 * Storybook's story checker, the packaging test and the size budgets), reusing cached results.
 * Each test runner leaves a JSON count in a `reports/` folder (restored by turbo on a cache
 * hit); lint and typecheck count one check per package. The last line is `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Every package is built first (turbo follows their dependencies); then the checks run together,
// the packages' and the repository's, which read what the packages built. Root tasks cannot
// name "every package" as a dependency, and a list of widgets kept in turbo.json would have to
// be edited for each new one; building first needs no list.
const PACKAGE_TASKS = ['lint', 'typecheck', 'test', 'test:browser'];
const ROOT_TASKS = ['test:stories', 'test:pack', 'test:size', 'test:repo'];
const CHECK_TASKS = ['lint', 'typecheck'];
// Packages and apps: each leaves its counts in its own reports/ folder.
const packages = ['packages', 'apps'].filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));

// Reports of an earlier run must not be counted again: turbo restores the ones that still hold.
for (const dir of ['reports', ...packages.map((p) => join(p, 'reports'))]) rmSync(dir, { recursive: true, force: true });
rmSync('.turbo/runs', { recursive: true, force: true });

// Two tasks at a time on these 2-core machines: browser tests share the CPU with builds and
// Storybook, and timing-sensitive steps (locale loading, focus) should not starve.
const turbo = (tasks) =>
  spawnSync('npx', ['turbo', 'run', ...tasks, '--continue', '--summarize', '--output-logs=new-only', '--concurrency=2'], {
    stdio: 'inherit',
    env: { TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1', ...process.env },
  });
const runs = [turbo(['build'])];
if (runs[0].status === 0) runs.push(turbo([...PACKAGE_TASKS, ...ROOT_TASKS.map((task) => `//#${task}`)]));
const run = { status: runs.every((r) => r.status === 0) ? 0 : 1 };

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (label, passed, failed, skipped = 0) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  console.log(`${label.padEnd(44)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
};
const json = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

console.log('\nsummary');
for (const pkg of packages) {
  const vitest = json(join(pkg, 'reports/vitest.json'));
  // A test file that fails to load counts as a failure too.
  if (vitest) add(`${pkg} (vitest)`, vitest.numPassedTests, vitest.numFailedTests + vitest.numFailedTestSuites, vitest.numPendingTests + vitest.numTodoTests);
  const wtr = json(join(pkg, 'reports/wtr.json'));
  if (wtr) add(`${pkg} (web-test-runner)`, wtr.passed, wtr.failed, wtr.skipped);
}
const repo = json('reports/vitest.json');
if (repo) add('repository (vitest)', repo.numPassedTests, repo.numFailedTests + repo.numFailedTestSuites, repo.numPendingTests + repo.numTodoTests);
for (const [file, label] of [
  ['reports/stories.json', 'storybook stories (Chromium + axe)'],
  ['reports/pack.json', 'packed packages in a fresh project'],
  ['reports/size.json', 'size budgets'],
]) {
  const counts = json(file);
  if (counts) add(label, counts.passed, counts.failed, counts.skipped);
}

// Lint and typecheck pass or fail as a whole per package: turbo's run summary says which.
const summaryDir = '.turbo/runs';
const summaries = existsSync(summaryDir) ? readdirSync(summaryDir).map((file) => json(join(summaryDir, file))) : [];
const summary = { tasks: summaries.flatMap((s) => s?.tasks ?? []) };
for (const task of CHECK_TASKS) {
  const ran = summary.tasks.filter((t) => t.task === task && t.execution);
  add(`${task} (per package)`, ran.filter((t) => t.execution.exitCode === 0).length, ran.filter((t) => t.execution.exitCode !== 0).length);
}

// A task that failed without leaving a count (crashed, or never ran) must not pass silently.
const failedTasks = summary.tasks.filter((t) => t.execution && t.execution.exitCode !== 0).map((t) => t.taskId);
const missing = run.status !== 0 && totals.failed === 0 ? 1 : 0;
if (missing) add(`turbo run (${failedTasks.join(', ') || 'no summary'})`, 0, 1);

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(run.status === 0 && totals.failed === 0 ? 0 : 1);
