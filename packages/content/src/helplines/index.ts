import { builtin } from '../generated/builtin-helplines.js';
import { definePartedKind } from '../parse-result.js';
import { helplineDirectorySchema, type HelplineDirectory } from './helpline-schema.js';

/**
 * The built-in directories ship by country (`EU` for the EU-wide numbers), each part with its
 * country's public holidays: ask for the parts a page shows,
 * `loadBuiltin('europe', 'fr', ['EU', 'FR'])`, and get one directory back.
 */
export const helplineDirectories = definePartedKind('helpline-directory', helplineDirectorySchema, builtin, (parts) => {
  const docs = parts as [HelplineDirectory, ...HelplineDirectory[]];
  const holidays = docs.flatMap((doc) => doc.publicHolidays ?? []);
  return { ...docs[0], helplines: docs.flatMap((doc) => doc.helplines), ...(holidays.length > 0 && { publicHolidays: holidays }) };
});

export {
  availabilitySchema,
  channelSchema,
  helplineDirectorySchema,
  helplineSchema,
  type Availability,
  type Channel,
  type Helpline,
  type HelplineDirectory,
  type PublicHolidays,
} from './helpline-schema.js';
