import { builtin } from '../generated/builtin-modules.js';
import { defineKind } from '../parse-result.js';
import { moduleSchema } from './module-schema.js';

export const modules = defineKind('module', moduleSchema, builtin);

export { moduleSchema, type TrainingModule } from './module-schema.js';
