import { builtin } from '../generated/builtin-helplines.js';
import { defineKind } from '../parse-result.js';
import { helplineDirectorySchema } from './helpline-schema.js';

export const helplineDirectories = defineKind('helpline-directory', helplineDirectorySchema, builtin);

export {
  availabilitySchema,
  channelSchema,
  helplineDirectorySchema,
  helplineSchema,
  type Availability,
  type Channel,
  type Helpline,
  type HelplineDirectory,
} from './helpline-schema.js';
