/** Records Content-Security-Policy violations on the strict-CSP page, before anything else runs. */
export const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e));
