import { unsafeCSS, type CSSResult } from 'lit';
import { hostDefaultsCss, privateName } from './css.js';
import type { TokenName } from './tokens.js';

/**
 * Put first in every widget's `static styles`. Declares `--_cs-*` on `:host` for every token
 * (see hostDefaultsCss), so widgets work with no theme loaded. `unsafeCSS` is safe here: the
 * text comes from our own constant token data, never from users or pages.
 */
export const hostDefaults: CSSResult = unsafeCSS(hostDefaultsCss());

/** `var(--_cs-<name>)` for use inside Lit's `css` tag, with the token name checked by TypeScript. */
export function cssVar(name: TokenName): CSSResult {
  return unsafeCSS(`var(${privateName(name)})`);
}
