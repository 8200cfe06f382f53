import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { libraryConfig, standaloneConfig } from '../../tsup.shared.js';

const WIDGETS = ['module-card', 'quiz', 'indicator-checklist', 'helpline-finder', 'quick-exit'];
/** A package's module, resolved as the page's import would be (the `import` condition). */
const resolve = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

/**
 * The script-tag entries, built together so that they share their chunks: `all.js` (loads each
 * widget the page shows), `page.js` (the page-level API) and one per widget, named by its tag. Names stay stable (a page links
 * them by name); the chunks they share carry content hashes.
 */
const entry = {
  all: 'src/autoload.ts',
  page: 'src/page.ts',
  ...Object.fromEntries(WIDGETS.map((name) => [`cs-${name}`, resolve(`@childrensafe/${name}/define`)])),
};

/** Lit's packages, which the import-map build leaves as bare specifiers for the page to map. */
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)($|\/)/;

// Both script-tag builds write below cdn/ at the same time: neither may clean it, so the
// config does, once, before they start.
rmSync('cdn', { recursive: true, force: true });

export default defineConfig([
  libraryConfig(['src/index.ts', 'src/page.ts', 'src/autoload.ts', 'src/snippets.ts']),
  { ...standaloneConfig(entry), clean: false },
  {
    ...standaloneConfig(entry),
    outDir: 'cdn/importmap',
    clean: false,
    external: [LIT],
    noExternal: [/^(?!(lit|lit-html|lit-element|@lit\/reactive-element)($|\/))/],
  },
]);
