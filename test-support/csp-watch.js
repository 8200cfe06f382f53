// Loaded first by every strict-CSP test page: records each Content-Security-Policy violation
// (Trusted Types included) where the browser test can read it.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
});
