/**
 * Serves every page under a `csp/` folder with the strictest policy a partner site may use:
 * scripts from the page's own origin only, Trusted Types required, no inline anything. The
 * browser tests load those pages in an iframe and fail on any reported violation.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  // Lit's policy and no other, created once: a second copy of Lit on the page would fail here.
  'trusted-types lit-html',
].join('; ');

export async function strictCspMiddleware(context, next) {
  await next();
  if (/\/csp\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
}
