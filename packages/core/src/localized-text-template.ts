import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '@childrensafe/content';
import type { Locale } from './locales.js';
import { pickText } from './localized-text.js';
import { renderRichText } from './rich-text-template.js';

/**
 * A content string in the reader's language, as text. When it falls back to English it is
 * marked `lang="en"` so that screen readers switch voice.
 */
export function renderLocalizedText(value: LocalizedText, locale: Locale): TemplateResult | string {
  const picked = pickText(value, locale);
  return picked.fallback ? html`<span lang=${picked.lang}>${picked.text}</span>` : picked.text;
}

/** The same for content written in the rich-text subset (paragraphs, lists, emphasis, links). */
export function renderLocalizedRichText(value: LocalizedText, locale: Locale): TemplateResult {
  const picked = pickText(value, locale);
  return html`<div lang=${picked.fallback ? picked.lang : nothing}>${renderRichText(picked.text)}</div>`;
}
