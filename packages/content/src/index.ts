export * from './vocabulary.js';
export { localizedText, type LocalizedText } from './localized-text.js';
export { defineKind, definePartedKind, parseWith, type ContentKind, type ParseResult, type Problem } from './parse-result.js';
export { moduleSchema, type TrainingModule } from './module/module-schema.js';
export { quizSchema, type Quiz, type QuizQuestion, type QuizOption } from './quiz/quiz-schema.js';
export {
  indicatorSetSchema,
  type IndicatorSet,
  type ReportingRoute,
  type IndicatorCategory,
  type Indicator,
  type ConcernBand,
} from './indicators/indicator-set-schema.js';
export {
  helplineDirectorySchema,
  helplineSchema,
  channelSchema,
  availabilitySchema,
  type Availability,
  type Channel,
  type Helpline,
  type HelplineDirectory,
  type PublicHolidays,
} from './helplines/helpline-schema.js';
