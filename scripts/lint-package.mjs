/**
 * A package's `lint` task, run from the package folder:
 * - ESLint (eslint.config.mjs: TypeScript's and Lit's rules, and the project's rules on
 *   tokens, storage, requests, HTML from strings and untranslated text);
 * - lit-analyzer, which type-checks the bindings of Lit templates;
 * - Prettier, on everything the package holds;
 * - what neither sees: every UI string translated in every language, and a README.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PSEUDO_LOCALES, TARGET_LOCALES } from './locales.mjs';

const problems = [];

async function* sources(dir) {
  if (!existsSync(dir)) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') yield* sources(path);
    else if (entry.isFile() && path.endsWith('.ts')) yield path;
  }
}

/** Runs a tool of the repository; its own output says what is wrong. */
function tool(name, args) {
  const result = spawnSync('npx', ['--no-install', name, ...args], { stdio: 'inherit' });
  if (result.status !== 0) problems.push(`${name} found problems (above)`);
}

if (existsSync('src')) {
  tool('eslint', ['src']);
  // lit-analyzer 2 predates Lit 3 and CSS's color-scheme and accent-color: it reads Lit's `nothing` in an attribute
  // binding as a wrong type, and those properties as unknown. Its other rules (unknown attributes, properties and
  // events, complex attribute bindings, duplicate bindings…) run.
  if (existsSync('lit-localize.json'))
    tool('lit-analyzer', [
      'src/**/*.ts',
      '--strict',
      '--rules.no-invalid-css',
      'off',
      '--rules.no-missing-import',
      'off',
      '--rules.no-incompatible-type-binding',
      'off',
    ]);
}
tool('prettier', ['--check', '.', '--ignore-path', '../../.prettierignore', '--log-level', 'warn']);

// Text is translated: every string of a package has a target in each real locale, and every
// msg() id of the sources is in the XLIFF files (an extraction that could not see the calls
// would silently empty them).
const ids = new Set();
for await (const file of sources('src')) {
  for (const [, id] of (await readFile(file, 'utf8')).matchAll(/\bmsg\([^;]*?\{\s*id:\s*'([^']+)'/g)) ids.add(id);
}
if (existsSync('lit-localize.json')) {
  const { interchange } = JSON.parse(await readFile('lit-localize.json', 'utf8'));
  // Every real language must be translated; the pseudo-locales are generated.
  for (const locale of TARGET_LOCALES.filter((l) => !PSEUDO_LOCALES.includes(l))) {
    const file = join(interchange.xliffDir, `${locale}.xlf`);
    const xliff = existsSync(file) ? await readFile(file, 'utf8') : '';
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) problems.push(`${file}: "${id}" has no ${locale} translation`);
    }
    if (!xliff) problems.push(`${file}: missing (run the localize task)`);
    for (const id of ids) if (!xliff.includes(`<trans-unit id="${id}">`)) problems.push(`${file}: no entry for msg id "${id}"`);
  }
}

if (!existsSync('README.md')) problems.push('README.md: every package documents its use');

for (const problem of problems) console.error(problem);
console.log(`lint: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
