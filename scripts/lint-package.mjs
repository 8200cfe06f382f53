/**
 * A package's `lint` task: the project's rules that a type checker cannot see. Run from the
 * package folder. Each rule names the principle it protects.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PSEUDO_LOCALES, TARGET_LOCALES } from './locales.mjs';

const RULES = [
  // Styled by tokens: colours come from --cs-* custom properties (tokens defines them).
  { name: 'raw colour', pattern: /#[0-9a-fA-F]{3,8}\b(?![-\w])|\b(?:rgba?|hsla?)\(/, skip: (f) => f.startsWith('packages/tokens/') },
  // Text is data / strict CSP: never parse strings as HTML or code.
  { name: 'HTML or code from a string', pattern: /\binnerHTML\b|\bouterHTML\b|unsafeHTML|\beval\(|new Function\(|document\.write/ },
  // Private by default: storage only through core's namespaced storage.
  { name: 'storage outside core/storage.ts', pattern: /\b(?:localStorage|sessionStorage|indexedDB|document\.cookie)\b/, skip: (f) => f === 'packages/core/src/storage.ts' },
  // No request leaves the page except fetching the `src` a page gave.
  { name: 'request outside core/content-loader.ts', pattern: /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/, skip: (f) => f === 'packages/core/src/content-loader.ts' },
  { name: 'console.log left in', pattern: /console\.log\(/ },
];

const root = new URL('..', import.meta.url).pathname;
const problems = [];

async function* sources(dir) {
  if (!existsSync(dir)) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') yield* sources(path);
    else if (entry.isFile() && path.endsWith('.ts')) yield path;
  }
}

for await (const file of sources('src')) {
  const name = relative(root, join(process.cwd(), file));
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(\*|\/\/)/.test(line)) return; // comments may name what they forbid
    for (const rule of RULES) {
      if (!rule.skip?.(name) && rule.pattern.test(line)) problems.push(`${name}:${i + 1}: ${rule.name}: ${line.trim()}`);
    }
  });
}

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
