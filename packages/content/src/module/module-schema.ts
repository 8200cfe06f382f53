import * as v from 'valibot';
import { id, localizedText } from '../localized-text.js';
import { LEVELS } from '../vocabulary.js';

/** Where an image or a link may point: https, or a path on the same site. */
const url = v.pipe(
  v.string(),
  v.regex(/^(https:\/\/|\/|\.\.?\/)[^\s]*$/, 'expected an https:// URL or a path on the same site'),
);


const unit = v.strictObject({
  id,
  title: localizedText,
  description: localizedText,
});

/** A training module: what a module card and a module page show. */
export const moduleSchema = v.strictObject({
  id,
  title: localizedText,
  summary: localizedText,
  audience: localizedText,
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(1, 'expected at least 1 minute')),
  level: v.picklist(LEVELS),
  units: v.pipe(
    v.array(unit),
    v.minLength(1, 'expected at least 1 unit'),
    v.check((units) => new Set(units.map((u) => u.id)).size === units.length, 'expected unique unit ids'),
  ),
  image: v.optional(v.strictObject({ src: url, alt: localizedText })),
  url: v.optional(url),
});

export type TrainingModule = v.InferOutput<typeof moduleSchema>;
