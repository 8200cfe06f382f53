import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';

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
    define: { __CS_VERSION__: JSON.stringify(version) },
    external: [/^lit/, /^@lit\//, /^@lit-labs\//, /^@childrensafe\//, /^valibot/],
  };
}
