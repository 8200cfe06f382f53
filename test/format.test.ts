import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

describe('the repository’s own files', () => {
  // Each package's lint task checks its own folder; this checks what sits outside packages/ and apps/.
  it('are formatted by Prettier', () => {
    const run = spawnSync(
      'npx',
      ['--no-install', 'prettier', '--list-different', 'scripts', 'test', 'test-support', '.storybook', '.ci', '*.mjs', '*.ts', '*.json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stdout.split('\n').filter(Boolean), 'files Prettier would change (npx prettier --write <file>)').toEqual([]);
  });
});
