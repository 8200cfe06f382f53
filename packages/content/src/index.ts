export { CONTENT_LANGUAGES, LEVELS, type ContentLanguage, type ModuleLevel } from './vocabulary.js';
export { localizedText, type LocalizedText } from './localized-text.js';
export { parseWith, type ContentKind, type ParseResult, type Problem } from './parse-result.js';
export { moduleSchema, type TrainingModule } from './module/module-schema.js';
