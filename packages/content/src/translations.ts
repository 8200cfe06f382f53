import { CONTENT_LANGUAGES, type ContentLanguage } from './vocabulary.js';

/** A localised text somewhere in a document that has no text in a language. */
export interface MissingText {
  path: string;
  language: ContentLanguage;
}

const isLocalizedText = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { en?: unknown }).en === 'string' &&
  Object.keys(value).every((k) => (CONTENT_LANGUAGES as readonly string[]).includes(k));

/** Every localised text of a (valid) document, with its path. */
export function* localizedTexts(value: unknown, path = ''): Generator<{ path: string; text: Record<string, unknown> }> {
  if (isLocalizedText(value)) {
    yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* localizedTexts(item, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* localizedTexts(item, path ? `${path}.${key}` : key);
  }
}

/** The texts of a document that are missing in each language other than English. */
export function missingTranslations(value: unknown): MissingText[] {
  const missing: MissingText[] = [];
  for (const { path, text } of localizedTexts(value)) {
    for (const language of CONTENT_LANGUAGES) {
      if (typeof text[language] !== 'string') missing.push({ path, language });
    }
  }
  return missing;
}

/** Per language, the share of texts written in it (English is always 1). */
export function translationCoverage(values: readonly unknown[]): Record<ContentLanguage, { done: number; total: number }> {
  const coverage = Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, { done: 0, total: 0 }])) as Record<ContentLanguage, { done: number; total: number }>;
  for (const value of values) {
    for (const { text } of localizedTexts(value)) {
      for (const language of CONTENT_LANGUAGES) {
        coverage[language].total++;
        if (typeof text[language] === 'string') coverage[language].done++;
      }
    }
  }
  return coverage;
}
