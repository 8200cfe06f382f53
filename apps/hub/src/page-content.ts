/**
 * The hub's page text: one JSON file per page in content/pages/, every text in the five
 * languages, validated with the same localised-text rule as the widgets' content. Templates
 * hold no prose: they place these texts and the widgets.
 */
import * as v from 'valibot';
import { localizedText, parseWith, type LocalizedText, type Problem } from '@childrensafe/content';
import { CONTENT_LANGUAGES } from '@childrensafe/content/vocabulary';
import { PAGES } from './site.js';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and dashes'));

/** A link to another of the hub's pages, named by its id: the address follows the reader's language. */
const pageLink = v.strictObject({ page: v.picklist([...new Set(PAGES.filter((page) => !page.module).map((page) => page.id))]), text: localizedText });

/** A part of a page: a heading, its text (the rich-text subset of core) and a link onwards. */
const section = v.strictObject({ id, heading: localizedText, body: v.optional(localizedText), link: v.optional(pageLink) });

export const pageSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id,
  /** The page's one `h1`, and the start of its `<title>`. */
  title: localizedText,
  /** What search engines show under the title (`<meta name="description">`); a module's page uses the module's summary. */
  description: v.optional(localizedText),
  intro: v.optional(localizedText),
  sections: v.optional(v.array(section), []),
  /** Short texts a page's composer places itself (a form's labels), by id. */
  labels: v.optional(v.record(id, localizedText), {}),
});

/** Texts every page shares: the site's name, the skip link, the navigation, the footer. */
export const siteSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: localizedText,
  skipLink: localizedText,
  navigationLabel: localizedText,
  languagesLabel: localizedText,
  /** The navigation's name of each page, by page id. */
  nav: v.record(id, localizedText),
  footer: localizedText,
  /** The root page, which lets the reader choose a language. */
  chooseLanguage: localizedText,
});

export type PageText = v.InferOutput<typeof pageSchema>;
export type SiteText = v.InferOutput<typeof siteSchema>;

/** Every path below `value` where a text lacks one of the five languages. */
export function untranslated(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => untranslated(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') {
    return CONTENT_LANGUAGES.filter((language) => typeof record[language] !== 'string').map((language) => `${path || '(document)'} (${language})`);
  }
  return Object.entries(record).flatMap(([key, item]) => untranslated(item, path ? `${path}.${key}` : key));
}

/**
 * Validates a page's or the site's text: the schema, then the five languages. The hub's own
 * content is held to the strict rule (a missing translation is a problem, not a warning).
 */
export function checkText<S extends typeof pageSchema | typeof siteSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; problems: string[] } {
  const result = parseWith(schema, input);
  if (!result.ok) return { ok: false, problems: result.problems.map((p: Problem) => p.message) };
  const missing = untranslated(result.value);
  if (missing.length > 0) return { ok: false, problems: missing.map((where) => `missing translation at ${where}`) };
  return { ok: true, value: result.value as v.InferOutput<S> };
}

export type { LocalizedText };
