import * as v from 'valibot';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('expected non-empty text'));

/**
 * `{ en, fr?, es?, el?, it? }`: one string per language, English required. Text is shown as
 * text; where a widget allows it, the small rich-text subset of @childrensafe/core applies
 * (paragraphs, lists, *emphasis*, links to https, mailto and tel).
 */
export const localizedText = v.strictObject({
  en: text,
  fr: v.optional(text),
  es: v.optional(text),
  el: v.optional(text),
  it: v.optional(text),
});

export type LocalizedText = v.InferOutput<typeof localizedText>;

/** Stable ids: lower-case letters, digits and dashes, so they work in URLs and storage keys. */
export const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and dashes'),
);

/** Where an image or a link may point: https, or a path on the same site. */
export const siteUrl = v.pipe(
  v.string(),
  v.regex(/^(https:\/\/|\/|\.\.?\/)[^\s]*$/, 'expected an https:// URL or a path on the same site'),
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
