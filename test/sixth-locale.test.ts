import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryCopy, type TemporaryCopy } from './support/temporary-copy.js';

/*
 * Adding a language is data and translations only. In a temporary copy of content, core and
 * the module card, German is added to the one locale list and given one UI translation and
 * one content text; the three packages are then built as `npm run build` builds them.
 */
let copy: TemporaryCopy;

beforeAll(() => {
  copy = temporaryCopy(['content', 'core', 'module-card']);
  // The data: German in the list, one module title in German.
  copy.edit('packages/content/src/vocabulary.ts', (text) => text.replace("'it'] as const", "'it', 'de'] as const"));
  copy.edit('packages/content/data/modules/stop-1.json', (text) =>
    JSON.stringify({ ...JSON.parse(text), title: { ...JSON.parse(text).title, de: 'Sensibilisierung und Prävention' } }, null, 2),
  );
  for (const name of ['content', 'core', 'module-card']) {
    copy.run(`packages/${name}`, 'localize');
    // The translation: extraction wrote an untranslated German file; a translator fills it in.
    if (name === 'module-card') {
      copy.edit('packages/module-card/xliff/de.xlf', (text) => text.replace('<source>For:</source>', '<source>For:</source>\n  <target>Für:</target>'));
      copy.run('packages/module-card', 'localize');
    }
    copy.run(`packages/${name}`, 'build');
  }
}, 300_000);

afterAll(() => copy?.remove());

describe('a sixth locale', () => {
  it('gets its own content files from the content split', () => {
    const german = JSON.parse(copy.read('packages/content/src/generated/data/modules/stop-1.de.json'));
    expect(german.title).toEqual({ en: expect.any(String), de: 'Sensibilisierung und Prävention' });
    expect(copy.read('packages/content/src/generated/builtin-modules.ts')).toContain("de: () => import('./data/modules/stop-1.de.json')");
  });

  it('is a locale core resolves, and every package loads its translations for it', async () => {
    const core = await import(join(copy.dir, 'packages/core/dist/index.js'));
    expect(core.resolveLocale('de-AT')).toBe('de');
    expect(core.TARGET_LOCALES).toContain('de');
    for (const name of ['core', 'module-card'])
      expect(copy.read(`packages/${name}/src/generated/translations.ts`), name).toContain("'de': () => import('./locales/de.js')");
  });

  it('builds the translator’s German into the widget, in its own chunk', () => {
    expect(copy.read('packages/module-card/src/generated/locales/de.ts')).toContain('Für:');
    const chunks = readdirSync(join(copy.dir, 'packages/module-card/dist')).filter((file) => /^de-[A-Z0-9]+\.js$/.test(file));
    expect(chunks).toHaveLength(1);
    expect(copy.read(`packages/module-card/dist/${chunks[0]}`)).toContain('Für:');
  });
});
