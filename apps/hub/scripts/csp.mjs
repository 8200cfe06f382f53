/**
 * The hub's Content-Security-Policy: only its own origin, no inline script, no eval, Trusted
 * Types required, no framing by others. Inline styles only by hash (the widgets' declarative
 * shadow DOM styles), never 'unsafe-inline'. The embed pages are the one thing other sites may
 * frame (`frameAncestors: '*'`); the rest of their policy is the same.
 */
export function contentSecurityPolicy(styleHashes, { frameAncestors = "'none'" } = {}) {
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
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** The headers of the first rule whose path (`/embed/*`, `/robots.txt`) matches `path`. */
export function headersFor(rules, path) {
  return rules.find((rule) => (rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path))?.headers ?? {};
}
