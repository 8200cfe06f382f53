import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The files every copy needs to build and test a package: the shared configurations and
 * scripts, and the two sources the locale list is read from (scripts/locales.mjs).
 */
const SHARED = [
  'packages/content/src/vocabulary.ts',
  'packages/core/src/locales.ts',
  '.changeset',
  'scripts',
  'test-support',
  'package.json',
  'tsconfig.base.json',
  'tsup.shared.ts',
  'vitest.shared.ts',
  'web-test-runner.config.mjs',
  'custom-elements-manifest.config.mjs',
  'eslint.config.mjs',
  '.prettierrc.json',
  '.prettierignore',
];

export interface TemporaryCopy {
  dir: string;
  read(path: string): string;
  edit(path: string, change: (text: string) => string): void;
  /** Runs an npm script in a folder of the copy; throws with its output when it fails. */
  run(folder: string, ...args: string[]): string;
  remove(): void;
}

/**
 * A throwaway copy of the repository's files (tracked or new, not ignored) for the packages
 * given, with the installed dependencies linked in and `@childrensafe/*` pointing at the copied
 * packages where copied, at the repository's (built) packages otherwise.
 */
export function temporaryCopy(packages: string[]): TemporaryCopy {
  const dir = mkdtempSync(join(tmpdir(), 'cs-copy-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...packages.map((p) => `packages/${p}`), ...SHARED], {
    cwd: root,
    encoding: 'utf8',
  });
  for (const file of files.split('\n').filter(Boolean)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  mkdirSync(join(dir, 'node_modules/@childrensafe'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (entry !== '@childrensafe') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  for (const name of readdirSync(join(root, 'node_modules/@childrensafe'))) {
    symlinkSync(join(packages.includes(name) ? dir : root, 'packages', name), join(dir, 'node_modules/@childrensafe', name));
  }
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  return {
    dir,
    read,
    edit: (path, change) => writeFileSync(join(dir, path), change(read(path))),
    run: (folder, ...args) => {
      try {
        return execFileSync('npm', ['run', '--silent', ...args], { cwd: join(dir, folder), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`npm run ${args.join(' ')} in ${folder} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
