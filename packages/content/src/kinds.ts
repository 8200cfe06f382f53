import type * as v from 'valibot';
import { helplineDirectorySchema } from './helplines/helpline-schema.js';
import { indicatorSetSchema } from './indicators/indicator-set-schema.js';
import { moduleSchema } from './module/module-schema.js';
import { quizSchema } from './quiz/quiz-schema.js';
import type { Kind } from './vocabulary.js';

/** The schema of each kind of document, for tools that take any of them (the validator CLI). */
export const SCHEMAS: Record<Kind, v.GenericSchema> = {
  module: moduleSchema,
  quiz: quizSchema,
  'indicator-set': indicatorSetSchema,
  'helpline-directory': helplineDirectorySchema,
};

/** The folder names of a content tree, for documents that do not say their kind. */
export const KIND_BY_FOLDER: Record<string, Kind> = {
  modules: 'module',
  quizzes: 'quiz',
  indicators: 'indicator-set',
  helplines: 'helpline-directory',
};
