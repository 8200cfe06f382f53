/**
 * The fixed words of the content model, as plain constants. Widgets import them from
 * `@childrensafe/content/vocabulary`, which carries no schema code, so a page that shows
 * slotted content never downloads the validator.
 */

/** The languages content is written in. English is the source and is required. */
export const CONTENT_LANGUAGES = ['en', 'fr', 'es', 'el', 'it'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** How much a training module expects of its learners. */
export const LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export type ModuleLevel = (typeof LEVELS)[number];
