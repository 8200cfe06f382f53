/**
 * esbuild's code splitting writes, in an entry, a bare `import "./chunk-….js"` for a chunk the
 * entry needs only through its other chunks, to keep evaluation order. Our chunks have no side
 * effects (the package says `"sideEffects": false`), so that import does nothing, yet every
 * bundler that builds a page from this package warns that it ignores it. Each such import is
 * dropped when another chunk the same file imports already imports that chunk by name.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = (await readdir(dist)).filter((f) => f.endsWith('.js'));
const BARE = /^import "\.\/(chunk-[\w-]+\.js)";\n/gm;
const NAMED = /from "\.\/(chunk-[\w-]+\.js)"/g;

const importsOf = new Map();
for (const file of files) {
  const code = await readFile(join(dist, file), 'utf8');
  importsOf.set(file, { code, named: new Set([...code.matchAll(NAMED)].map((m) => m[1])) });
}

let dropped = 0;
for (const [file, { code, named }] of importsOf) {
  const next = code.replace(BARE, (line, chunk) => {
    const reached = [...named].some((other) => importsOf.get(other)?.named.has(chunk));
    if (!reached) return line;
    dropped++;
    // An empty line in its place keeps the source map's lines right.
    return '\n';
  });
  if (next !== code) await writeFile(join(dist, file), next);
}
console.log(`dropped ${dropped} bare chunk imports already reached through another chunk`);
