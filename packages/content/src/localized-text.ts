import * as v from 'valibot';
import { CONTENT_LANGUAGES, isCountryCode, type ContentLanguage } from './vocabulary.js';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('expected non-empty text'));

type Translation = v.OptionalSchema<typeof text, undefined>;
/** Every language but English, optional: the list is `CONTENT_LANGUAGES`, written once. */
const translations = Object.fromEntries(CONTENT_LANGUAGES.filter((language) => language !== 'en').map((language) => [language, v.optional(text)])) as {
  [L in Exclude<ContentLanguage, 'en'>]: Translation;
};

/**
 * `{ en, fr?, es?, el?, it? }`: one string per language, English required. Text is shown as
 * text; where a widget allows it, the small rich-text subset of @childrensafe/core applies
 * (paragraphs, lists, *emphasis*, links to https, mailto and tel).
 */
export const localizedText = v.strictObject({ en: text, ...translations });

export type LocalizedText = v.InferOutput<typeof localizedText>;

/**
 * The fields every document starts with: `$schema`, the JSON Schema an editor checks the file
 * against (any address; the validator does not fetch it), and the document's kind.
 */
export function documentHead<K extends string>(kind: K) {
  return { $schema: v.optional(v.string()), kind: v.optional(v.literal(kind)) };
}

/** Stable ids: lower-case letters, digits and dashes, so they work in URLs and storage keys. */
export const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and dashes'));

/**
 * Where an image or a link may point: https, or a path on the same site. A path on the same
 * site starts with one `/` (or `./`, `../`) followed by neither `/` nor `\`: browsers read
 * `//host/…` and `/\host/…` as another site, on the page's scheme.
 */
export const siteUrl = v.pipe(
  v.string(),
  v.regex(/^(https:\/\/[^\s]+|\/(?![/\\])[^\s]*|\.\.?\/[^\s]*)$/, 'expected an https:// URL or a path on the same site'),
);

/** An https URL: sources, chat services. */
export const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s]+$/, 'expected an https:// URL'));

/** Checks that the `id`s of a list are unique, naming the first repeated one. */
export function uniqueIds<T extends { id: string }>(what: string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((item, index) => {
      if (seen.has(item.id)) {
        addIssue({
          message: `expected unique ${what} ids, found "${item.id}" twice`,
          path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: item }],
        });
      }
      seen.add(item.id);
    });
  });
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const calendarDate = v.pipe(
  v.string(),
  v.isoDate('expected a date as YYYY-MM-DD'),
  // Date.parse rolls 2026-02-30 over to March: a real date reads back the same. (Checks run
  // even after isoDate failed, so an unparseable string must not reach toISOString.)
  v.check((date) => {
    const time = Date.parse(`${date}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
  }, 'expected a real calendar date'),
);

/**
 * Where a fact was checked, and when: the operator's or the institution's own page. A phone
 * number, a reporting route, a law or a holiday is only shown with its source.
 */
export const source = v.strictObject({ url: httpsUrl, checked: calendarDate });

/** ISO 3166-1 alpha-2 as the platform knows it (user-assigned codes refused). */
export const countryCode = v.pipe(v.string(), v.check(isCountryCode, 'expected an ISO 3166-1 alpha-2 country code in capitals'));
