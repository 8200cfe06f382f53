import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../packages/content/src/vocabulary.js';
import { PSEUDO_LOCALES, TARGET_LOCALES } from '../packages/core/src/locales.js';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import * as scripts from '../scripts/locales.mjs';

const packages = readdirSync(new URL('../packages/', import.meta.url));
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the locale list, written once', () => {
  it('is what the build scripts read from the sources', () => {
    expect(scripts.CONTENT_LANGUAGES).toEqual([...CONTENT_LANGUAGES]);
    expect(scripts.PSEUDO_LOCALES).toEqual([...PSEUDO_LOCALES]);
    expect(scripts.TARGET_LOCALES).toEqual([...TARGET_LOCALES]);
  });

  it('is not repeated in any package’s lit-localize.json', () => {
    const configs = packages.filter((name) => readdirSync(new URL(`../packages/${name}/`, import.meta.url)).includes('lit-localize.json'));
    expect(configs.length).toBeGreaterThanOrEqual(6);
    for (const name of configs) expect(JSON.parse(read(`packages/${name}/lit-localize.json`)), name).not.toHaveProperty('targetLocales');
  });

  it('is what every package’s generated translation loaders offer', () => {
    const loaders = packages.filter((name) => readdirSync(new URL(`../packages/${name}/`, import.meta.url)).includes('lit-localize.json'));
    for (const name of loaders) {
      const generated = read(`packages/${name}/src/generated/translations.ts`);
      expect(
        [...generated.matchAll(/'([\w-]+)': \(\) => import/g)].map((m) => m[1]),
        name,
      ).toEqual([...TARGET_LOCALES]);
    }
  });
});

describe('the test-only pseudo-locales', () => {
  // `npm test` builds first: this reads what would be published.
  it('are in no published build: no package’s dist/ and no cdn/ folder holds their strings', () => {
    const pseudo = new RegExp(`^(${PSEUDO_LOCALES.join('|')})-`);
    const built = packages.flatMap((name) =>
      ['dist', 'cdn', 'cdn/importmap'].flatMap((folder) => {
        const dir = new URL(`../packages/${name}/${folder}/`, import.meta.url);
        return existsSync(dir) ? readdirSync(dir).map((file) => `packages/${name}/${folder}/${file}`) : [];
      }),
    );
    expect(built.length).toBeGreaterThan(50);
    expect(built.filter((file) => pseudo.test(file.split('/').pop()!))).toEqual([]);
  });
});
