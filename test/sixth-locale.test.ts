import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Adding a language is data and translations only. In a temporary copy of content, core and
 * the module card, German is added to the one locale list and given one UI translation and
 * one content text; the three packages are then built as `npm run build` builds them.
 */
const root = new URL('../', import.meta.url).pathname;
const COPIED = ['packages/content', 'packages/core', 'packages/module-card'];
let copy = '';

const run = (cwd: string, script: string) => execFileSync('npm', ['run', '--silent', script], { cwd: join(copy, cwd), stdio: ['ignore', 'ignore', 'pipe'] });
const read = (path: string) => readFileSync(join(copy, path), 'utf8');
const edit = (path: string, change: (text: string) => string) => writeFileSync(join(copy, path), change(read(path)));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'cs-sixth-locale-'));
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...COPIED, 'scripts', 'package.json', 'tsconfig.base.json', 'tsup.shared.ts', 'custom-elements-manifest.config.mjs'], { cwd: root, encoding: 'utf8' });
  for (const file of tracked.split('\n').filter(Boolean)) {
    mkdirSync(join(copy, file, '..'), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  // The installed dependencies, with the copied packages in place of the repository's.
  mkdirSync(join(copy, 'node_modules/@childrensafe'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) if (entry !== '@childrensafe') symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  for (const name of readdirSync(join(root, 'node_modules/@childrensafe'))) {
    const own = COPIED.includes(`packages/${name}`);
    symlinkSync(own ? join(copy, 'packages', name) : join(root, 'packages', name), join(copy, 'node_modules/@childrensafe', name));
  }

  // The data: German in the list, one module title in German.
  edit('packages/content/src/vocabulary.ts', (text) => text.replace("'it'] as const", "'it', 'de'] as const"));
  edit('packages/content/data/modules/stop-1.json', (text) => {
    const module = JSON.parse(text);
    module.title.de = 'Sensibilisierung und Prävention';
    return JSON.stringify(module, null, 2);
  });
  for (const name of ['content', 'core', 'module-card']) {
    if (name !== 'content') run(`packages/${name}`, 'localize');
    else run('packages/content', 'localize');
    // The translation: extraction wrote an untranslated German file; a translator fills it in.
    if (name === 'module-card') {
      edit('packages/module-card/xliff/de.xlf', (text) => text.replace('<source>For:</source>', '<source>For:</source>\n  <target>Für:</target>'));
      run('packages/module-card', 'localize');
    }
    run(`packages/${name}`, 'build');
  }
}, 300_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a sixth locale', () => {
  it('gets its own content files from the content split', () => {
    const german = JSON.parse(read('packages/content/src/generated/data/modules/stop-1.de.json'));
    expect(german.title).toEqual({ en: expect.any(String), de: 'Sensibilisierung und Prävention' });
    expect(read('packages/content/src/generated/builtin-modules.ts')).toContain("de: () => import('./data/modules/stop-1.de.json')");
  });

  it('is a locale core resolves, and every package loads its translations for it', async () => {
    const core = await import(join(copy, 'packages/core/dist/index.js'));
    expect(core.resolveLocale('de-AT')).toBe('de');
    expect(core.TARGET_LOCALES).toContain('de');
    for (const name of ['core', 'module-card']) expect(read(`packages/${name}/src/generated/translations.ts`), name).toContain("'de': () => import('./locales/de.js')");
  });

  it('builds the translator’s German into the widget, in its own chunk', () => {
    expect(read('packages/module-card/src/generated/locales/de.ts')).toContain('Für:');
    const chunks = readdirSync(join(copy, 'packages/module-card/dist')).filter((file) => /^de-[A-Z0-9]+\.js$/.test(file));
    expect(chunks).toHaveLength(1);
    expect(read(`packages/module-card/dist/${chunks[0]}`)).toContain('Für:');
    expect(existsSync(join(copy, 'packages/module-card/xliff/de.xlf'))).toBe(true);
  });
});
