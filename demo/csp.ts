import { violations } from './csp-watch.js';
import '../src/bundle.js';
import { WIDGET_TAGS } from '../src/embed/upgrade.js';

// After every widget has loaded, say on the page how many CSP violations there were.
const status = document.getElementById('csp-status')!;
async function report(): Promise<void> {
  await Promise.all(WIDGET_TAGS.map((t) => customElements.whenDefined(t)));
  await new Promise((r) => setTimeout(r, 1500));
  status.textContent = violations.length
    ? `CSP 违规 ${violations.length} 次 / ${violations.length} CSP violation(s): ${violations.map((v) => v.violatedDirective).join(', ')}`
    : '没有 CSP 违规。No CSP violations.';
  status.className = violations.length ? 'bad' : 'good';
}
void report();
