/**
 * Serves a package's script-tag build as an older release would be: `/older/packages/quiz/cdn/…`
 * is `packages/quiz/cdn/…` with the version it announces set to 0.0.9. The browser tests use it
 * to put two releases of a widget on one page, as a partner's theme and an old plugin would.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const OLDER_VERSION = '0.0.9';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Core's VERSION, as the minifier writes it beside the symbol the define guard reads it from.
const VERSION = /"\d+\.\d+\.\d+"(,\w+=Symbol\.for\("childrensafe\.version"\))/;

export async function olderCopyMiddleware(context, next) {
  const file = context.path.match(/^\/older\/(packages\/[a-z-]+\/cdn\/[\w.-]+\.js)$/)?.[1];
  if (!file) return next();
  context.type = 'text/javascript';
  context.body = (await readFile(ROOT + file, 'utf8')).replace(VERSION, `"${OLDER_VERSION}"$1`);
}
