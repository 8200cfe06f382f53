import { parseWith, type ContentKind } from '../parse-result.js';
import { moduleSchema, type TrainingModule } from './module-schema.js';

// One loader per shipped module, written out so bundlers can split each into its own chunk.
const builtin: Record<string, () => Promise<{ default: unknown }>> = {
  'stop-1': () => import('../../data/modules/stop-1.json'),
  'stop-2': () => import('../../data/modules/stop-2.json'),
  'stop-3': () => import('../../data/modules/stop-3.json'),
};

export const modules: ContentKind<TrainingModule> = {
  kind: 'module',
  parse: (input) => parseWith(moduleSchema, input),
  builtinIds: Object.keys(builtin),
  async loadBuiltin(id) {
    const load = builtin[id];
    if (!load) throw new RangeError(`no built-in module "${id}"; built-in modules: ${Object.keys(builtin).join(', ')}`);
    return (await load()).default;
  },
};

export { moduleSchema, type TrainingModule } from './module-schema.js';
