import * as v from 'valibot';
import { documentHead, id, localizedText, siteUrl, uniqueIds } from '../localized-text.js';
import { CONTENT_LANGUAGES, LEVELS } from '../vocabulary.js';

const unit = v.strictObject({
  id,
  title: localizedText,
  description: localizedText,
});

/** A training module: what a module card and a module page show. */
export const moduleSchema = v.strictObject({
  ...documentHead('module'),
  id,
  title: localizedText,
  summary: localizedText,
  audience: localizedText,
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(1, 'expected at least 1 minute')),
  level: v.picklist(LEVELS),
  objectives: v.optional(v.pipe(v.array(localizedText), v.minLength(1, 'expected at least 1 objective'))),
  units: v.pipe(v.array(unit), v.minLength(1, 'expected at least 1 unit'), uniqueIds('unit')),
  /**
   * The languages the module can be followed in. Optional: without it, readers of the module
   * work it out from its texts. Built-in modules, loaded one language at a time, carry it.
   */
  languages: v.optional(v.pipe(v.array(v.picklist(CONTENT_LANGUAGES)), v.minLength(1, 'expected at least 1 language'))),
  /** The id of the quiz that checks this module's knowledge. */
  quiz: v.optional(id),
  image: v.optional(v.strictObject({ src: siteUrl, alt: localizedText })),
  url: v.optional(siteUrl),
});

export type TrainingModule = v.InferOutput<typeof moduleSchema>;
