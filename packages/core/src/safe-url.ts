/**
 * The one rule for every URL a widget puts in a link, whoever provides it (a host attribute, a
 * property, a document): it is read the way the browser will read it (the WHATWG URL parser,
 * which ignores case, surrounding spaces and control characters, and tabs or newlines inside),
 * so no spelling of `javascript:`, `data:` or `vbscript:` gets through.
 */

/** The schemes a link may use; a relative URL takes the page's own. */
export type LinkScheme = 'https:' | 'http:' | 'mailto:' | 'tel:';

export const LINK_SCHEMES: ReadonlySet<string> = new Set<LinkScheme>(['https:', 'http:', 'mailto:', 'tel:']);

// Resolves relative URLs where there is no page (the server) without depending on where we are.
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * What following `href` would do: `relative` (a path on the page's site, or `//host/…` on the
 * page's scheme), one of the link schemes, or `null` for anything else: another scheme, a URL
 * the browser cannot read, no text at all, or not a string.
 */
export function linkScheme(href: unknown): LinkScheme | 'relative' | null {
  if (typeof href !== 'string' || href.trim() === '') return null;
  if (URL.canParse(href)) {
    const { protocol } = new URL(href);
    return LINK_SCHEMES.has(protocol) ? (protocol as LinkScheme) : null;
  }
  return URL.canParse(href, RELATIVE_BASE) ? 'relative' : null;
}

/**
 * `href` trimmed when a link may point there (`schemes`, relative URLs included unless
 * `relative` is false), else `null`: the caller renders no link.
 */
export function safeHref(
  href: unknown,
  { schemes = LINK_SCHEMES, relative = true }: { schemes?: ReadonlySet<string>; relative?: boolean } = {},
): string | null {
  const scheme = linkScheme(href);
  if (scheme === null || (scheme === 'relative' ? !relative : !schemes.has(scheme))) return null;
  return (href as string).trim();
}
