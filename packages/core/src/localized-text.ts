import type { LocalizedText } from '@childrensafe/content';
import { SOURCE_LOCALE, isContentLocale, type ContentLocale, type Locale } from './locales.js';

export interface PickedText {
  text: string;
  /** The language the text is really in. */
  lang: ContentLocale;
  /** True when the reader's locale had no text and English was shown instead. */
  fallback: boolean;
}

/**
 * Picks the reader's language from a content string, falling back to English (which content
 * validation guarantees). The element marks a fallback with `lang="en"` so that screen
 * readers switch voice.
 */
export function pickText(text: LocalizedText, locale: Locale): PickedText {
  const wanted = isContentLocale(locale) ? text[locale] : undefined;
  if (wanted !== undefined && wanted.trim() !== '') {
    return { text: wanted, lang: locale as ContentLocale, fallback: false };
  }
  return { text: text[SOURCE_LOCALE], lang: SOURCE_LOCALE, fallback: locale !== SOURCE_LOCALE };
}
