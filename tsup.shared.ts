import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Trims what only the source needs from what ships in every widget:
 * - the white space and comments of `html` and `css` templates, which esbuild's minifier leaves
 *   alone (conservatively: a run of spaces becomes one space, never none);
 * - the `desc` notes of `msg()` calls, which are for translators: lit-localize reads them from
 *   the source when it extracts the XLIFF files, the runtime never uses them.
 */
const DESC = /,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

const trimSources: Plugin = {
  name: 'trim-sources',
  setup(build) {
    // esbuild's filters have no look-ahead: generated locale modules are skipped here instead.
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      if (path.includes('/generated/')) return undefined;
      const source = (await readFile(path, 'utf8')).replace(DESC, '');
      const result = await minifyHTMLLiterals(source, {
        fileName: path,
        minifyOptions: { conservativeCollapse: true },
      });
      return { contents: result?.code ?? source, loader: 'ts' };
    });
  },
};

/**
 * The build every package shares: ES modules for browsers, one chunk per dynamic import (each
 * locale, each built-in document), type declarations, and our packages and Lit left as imports
 * so that a page gets one copy of each.
 */
export function libraryConfig(entry: Options['entry']): Options {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  return {
    entry,
    format: 'esm',
    target: 'es2022',
    dts: true,
    splitting: true,
    clean: true,
    sourcemap: true,
    // A published build never ships the test-only pseudo-locales (see scripts/localize.mjs).
    define: { __CS_VERSION__: JSON.stringify(version), __CS_PSEUDO_LOCALES__: 'false' },
    esbuildPlugins: [trimSources],
    // Greek written as \u0393 escapes is three times its UTF-8 size; modules are always read as UTF-8.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    external: [/^lit/, /^@lit\//, /^@lit-labs\//, /^@childrensafe\//, /^valibot/],
  };
}

/**
 * The script-tag build of a widget: Lit, core and everything else bundled and minified into
 * `cdn/`, so a partner site can use one `<script type="module" src=…>` with no
 * build step. Translations and built-in content stay separate chunks, loaded on demand.
 */
export function standaloneConfig(entry: Options['entry']): Options {
  return {
    ...libraryConfig(entry),
    outDir: 'cdn',
    // Browser resolution: Lit's `node` export carries a DOM shim for server rendering that a
    // page must never download.
    platform: 'browser',
    dts: false,
    clean: true,
    minify: true,
    sourcemap: false,
    external: [],
    noExternal: [/.*/],
  };
}
