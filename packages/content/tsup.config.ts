import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared.js';

export default defineConfig(
  libraryConfig({ index: 'src/index.ts', modules: 'src/module/index.ts', vocabulary: 'src/vocabulary.ts' }),
);
