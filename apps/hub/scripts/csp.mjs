/**
 * The hub's Content-Security-Policy: only its own origin, no inline script, no eval, Trusted
 * Types required, no framing by others. Inline styles only by hash (the widgets' declarative
 * shadow DOM styles), never 'unsafe-inline'.
 */
export function contentSecurityPolicy(styleHashes) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}
