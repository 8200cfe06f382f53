import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared.js';

export default defineConfig([
  // For browsers and Node: the schemas, each kind with its built-in documents, the vocabulary.
  libraryConfig({
    index: 'src/index.ts',
    modules: 'src/module/index.ts',
    quizzes: 'src/quiz/index.ts',
    indicators: 'src/indicators/index.ts',
    helplines: 'src/helplines/index.ts',
    vocabulary: 'src/vocabulary.ts',
  }),
  // For Node only: the validator command.
  { ...libraryConfig({ cli: 'src/cli.ts' }), clean: false, dts: false, platform: 'node' },
]);
