export { CONTENT_LANGUAGES, localizedText, type ContentLanguage, type LocalizedText } from './localized-text.js';
export { parseWith, type ContentKind, type ParseResult, type Problem } from './parse-result.js';
export { moduleSchema, LEVELS, type TrainingModule, type ModuleLevel } from './module/module-schema.js';
