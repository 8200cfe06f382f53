import { defineKind } from '../parse-result.js';
import { moduleSchema } from './module-schema.js';

// One loader per shipped module, written out so bundlers split each into its own chunk.
export const modules = defineKind('module', moduleSchema, {
  'stop-1': () => import('../../data/modules/stop-1.json'),
  'stop-2': () => import('../../data/modules/stop-2.json'),
  'stop-3': () => import('../../data/modules/stop-3.json'),
});

export { moduleSchema, type TrainingModule } from './module-schema.js';
