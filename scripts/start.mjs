// `npm start`: builds everything (turbo, cached), then serves the childrensafe hub and runs
// Storybook side by side, and prints both addresses. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const built = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);

const HUB_PORT = process.env.HUB_PORT ?? '4173';
const children = [
  spawn('node', ['apps/hub/scripts/serve.mjs'], { stdio: 'ignore', env: { ...env, PORT: HUB_PORT } }),
  spawn('npx', ['storybook', 'dev', '--port', '6006', '--no-open', '--ci', '--disable-telemetry', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'], env }),
];
const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && (stop(), process.exit(code)));

console.log(`\nthe childrensafe hub: http://localhost:${HUB_PORT}/\nStorybook:            http://localhost:6006/ (ready once it has compiled)\n`);
