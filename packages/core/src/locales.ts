import { CONTENT_LANGUAGES } from '@childrensafe/content/vocabulary';

/** The locale written in the source code; every other locale translates it. */
export const SOURCE_LOCALE = 'en';

/** Locales with real translations (the languages content is written in), in menu order. */
export const CONTENT_LOCALES = CONTENT_LANGUAGES;

/**
 * Test-only locales generated from English at build time: `en-XA` (accented, about 40% longer)
 * catches hard-coded strings and truncation, `ar-XB` (right-to-left) catches layout that is
 * not mirrored. They are never picked from a page's `lang`, only asked for by name.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

export const LOCALES = [...CONTENT_LOCALES, ...PSEUDO_LOCALES] as const;

export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export type Locale = (typeof LOCALES)[number];
export type TargetLocale = Exclude<Locale, typeof SOURCE_LOCALE>;

export const TARGET_LOCALES = LOCALES.filter((l): l is TargetLocale => l !== SOURCE_LOCALE);

/**
 * Maps any BCP 47 tag (`fr-BE`, `EL`, `it_IT`, `pt`) to a supported locale: an exact match
 * first (so the pseudo-locales can be asked for), then the primary language subtag, then English.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const normalised = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === normalised);
  if (exact) return exact;
  const primary = normalised.split('-')[0];
  return CONTENT_LOCALES.find((l) => l === primary) ?? SOURCE_LOCALE;
}

/** The locale whose `Intl` rules (plurals, numbers, dates) a locale uses. */
export function intlLocale(locale: Locale): string {
  return locale === 'en-XA' || locale === 'ar-XB' ? 'en' : locale;
}

export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar-XB' ? 'rtl' : 'ltr';
}

export function isContentLocale(value: string): value is ContentLocale {
  return (CONTENT_LOCALES as readonly string[]).includes(value);
}
