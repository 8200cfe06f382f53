import * as v from 'valibot';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('expected non-empty text'));

/** `{ en, fr?, es?, el?, it? }`: one string per language, English required. */
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
