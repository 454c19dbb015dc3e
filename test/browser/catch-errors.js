// Loaded first by the test pages (an external file: the pages forbid inline scripts):
// records every error and CSP violation from the very start, for the test to read.
window.__errors = [];
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__errors.push(`CSP ${e.violatedDirective} ${e.blockedURI}`),
);
