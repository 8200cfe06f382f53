// Loaded first by every strict-CSP test page: records each Content-Security-Policy violation
// (Trusted Types included) and each console warning or error where the browser test can read them.
window.cspViolations = [];
// And what the widgets say in the console: a page that loads them right hears no warning.
window.consoleMessages = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.consoleMessages.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
});
