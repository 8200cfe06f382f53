/**
 * The repository's locales, read from the two places they are written: the languages content
 * is written in (`CONTENT_LANGUAGES`, content's vocabulary) and the test-only pseudo-locales
 * (`PSEUDO_LOCALES`, core's locales). Build scripts run before those packages are built, so
 * they read the TypeScript sources; a repository test holds this reader to the modules.
 *
 * Adding a language is adding it to `CONTENT_LANGUAGES` and writing its translations: every
 * package's lit-localize configuration, the content split and the size report follow.
 */
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** The string array assigned to `name` in a TypeScript source (`name = ['a', 'b'] as const`). */
function stringArray(file, name) {
  const source = readFileSync(new URL(file, root), 'utf8');
  const match = source.match(new RegExp(`\\b${name}\\s*=\\s*\\[([^\\]]*)\\]`));
  if (!match) throw new Error(`${file}: no ${name} = [...] found`);
  return [...match[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

/** The languages content and UI are written in, English (the source) first. */
export const CONTENT_LANGUAGES = stringArray('packages/content/src/vocabulary.ts', 'CONTENT_LANGUAGES');
/** Locales generated from English for tests only (accented and longer, right to left). */
export const PSEUDO_LOCALES = stringArray('packages/core/src/locales.ts', 'PSEUDO_LOCALES');
export const SOURCE_LOCALE = 'en';
/** What lit-localize translates into: every language but the source, then the pseudo-locales. */
export const TARGET_LOCALES = [...CONTENT_LANGUAGES.filter((l) => l !== SOURCE_LOCALE), ...PSEUDO_LOCALES];
