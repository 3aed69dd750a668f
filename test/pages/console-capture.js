// Loaded first by the test pages: records console warnings and errors, uncaught errors and CSP
// violations, for the parent test to read as window.__log.
window.__log = { warn: [], error: [], violations: [] };
const original = { warn: console.warn, error: console.error };
console.warn = (...args) => {
  window.__log.warn.push(args.map(String).join(' '));
  original.warn.apply(console, args);
};
console.error = (...args) => {
  window.__log.error.push(args.map(String).join(' '));
  original.error.apply(console, args);
};
window.addEventListener('error', (e) => window.__log.error.push(String(e.message)));
document.addEventListener('securitypolicyviolation', (e) => window.__log.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
