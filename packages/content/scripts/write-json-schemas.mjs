// Writes a JSON Schema per kind into dist/schemas/, from the same valibot schemas the widgets
// and the validator use, so partners' editors can autocomplete and check their JSON. Checks
// JSON Schema cannot express (unique ids, one correct option…) stay with the validator.
import { mkdir, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { KINDS, moduleSchema, quizSchema, indicatorSetSchema, helplineDirectorySchema } from '../dist/index.js';

const schemas = { module: moduleSchema, quiz: quizSchema, 'indicator-set': indicatorSetSchema, 'helpline-directory': helplineDirectorySchema };
await mkdir(new URL('../dist/schemas/', import.meta.url), { recursive: true });
for (const kind of KINDS) {
  const schema = toJsonSchema(schemas[kind], { errorMode: 'ignore' });
  schema.$id = `https://childrensafe.eu/schemas/${kind}.schema.json`;
  schema.title = `ChildrenSafe ${kind}`;
  await writeFile(new URL(`../dist/schemas/${kind}.schema.json`, import.meta.url), JSON.stringify(schema, null, 2) + '\n');
}
console.log(`JSON Schemas written for ${KINDS.join(', ')}`);
