import { defineConfig } from 'tsup';
import { libraryConfig, standaloneConfig } from '../../tsup.shared.js';

export default defineConfig([libraryConfig(['src/index.ts', 'src/define.ts']), standaloneConfig({ 'cs-__name__': 'src/define.ts' })]);
