/**
 * The widgets a site that cannot add scripts puts in an iframe: `/embed/<widget>/?lang=fr&…`.
 * Pure data and functions: the build writes one page per entry, the page's script reads its
 * query with `embedOptions`, and the tests check both against the same rules.
 */
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { LANGUAGES } from './site.js';

export interface EmbedEntry {
  /** The address: `/embed/<widget>/`. */
  widget: string;
  tag: string;
  /** The query parameters passed on to the element as attributes. */
  attributes: readonly string[];
}

// No module card: its link would open the hub inside the partner's frame.
export const EMBEDS: readonly EmbedEntry[] = [
  { widget: 'quiz', tag: 'cs-quiz', attributes: ['quiz'] },
  { widget: 'helpline-finder', tag: 'cs-helpline-finder', attributes: ['country', 'directory'] },
  { widget: 'indicator-checklist', tag: 'cs-indicator-checklist', attributes: ['set', 'country'] },
];

export const EMBED_THEMES = ['hub', 'stop', 'jericho'] as const;

/** What an embed sends the page around it when its height changes: `{ type, height }`. */
export { RESIZE_MESSAGE } from '@childrensafe/widgets/snippets';

export const embedPath = (entry: EmbedEntry): string => `/embed/${entry.widget}/`;

/** An id or a country code, as the widgets take them; anything else is not passed on. */
const VALUE = /^[A-Za-z0-9-]{1,64}$/;

/**
 * What an embed shows for its query string: a language of the hub (else English), a theme
 * (else the hub's) and the entry's attributes with well-formed values. The widget itself
 * answers a well-formed value it does not know (an unknown country, a quiz that does not
 * exist) with its own message.
 */
export function embedOptions(
  entry: EmbedEntry,
  search: string,
): { language: ContentLanguage; theme: (typeof EMBED_THEMES)[number]; attributes: Record<string, string> } {
  const query = new URLSearchParams(search);
  const language = LANGUAGES.find((l) => l === query.get('lang')) ?? 'en';
  const theme = EMBED_THEMES.find((t) => t === query.get('theme')) ?? 'hub';
  const attributes: Record<string, string> = {};
  for (const name of entry.attributes) {
    const value = query.get(name);
    if (value !== null && VALUE.test(value)) attributes[name] = value;
  }
  return { language, theme, attributes };
}
