/**
 * embed.html?widget=budget-tree&src=…&classification=economic&lang=en&theme=dark&id=…: one widget on
 * its own page, for CMSs that only allow iframes. The page tells its parent its height whenever it
 * changes (see src/embed/resizer.ts for the receiving side).
 */
import '../src/bundle.js';
import { originAllowed } from '../src/data/fetch-budget.js';
import { allowedAttributes, isWidgetTag } from '../src/embed/upgrade.js';
import { RESIZE_MESSAGE, type ResizeMessage } from '../src/embed/messages.js';

const params = new URLSearchParams(location.search);
const main = document.getElementById('widget')!;
const widget = (params.get('widget') ?? '').trim().toLowerCase();
const lang = params.get('lang') ?? '';
if (lang) document.documentElement.lang = lang;

/**
 * Parameters given more than once, compared as attribute names are (HTML lower-cases them): with
 * `src=/ok.json&SRC=https://elsewhere/…` a check of one value and a load of the other would differ.
 */
function repeated(): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of params.keys()) {
    const key = name.toLowerCase();
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

function fail(message: string): void {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  main.append(p);
}

const src = params.get('src') ?? '';
const twice = repeated();
if (twice.length) {
  fail(`参数 ${twice.join('、')} 出现了不止一次，页面不显示数据。The parameter ${twice.join(', ')} is given more than once; nothing is shown.`);
} else if (isWidgetTag(widget) && src && !originAllowed(src)) {
  fail(`数据地址不在本站允许的来源中：${src}。The data address is not from an origin this site allows: ${src}.`);
} else if (isWidgetTag(widget)) {
  const el = document.createElement(widget);
  const allowed = allowedAttributes(widget);
  for (const [name, value] of params) {
    // The loader checks the data's origin again, after redirects, on this page's meta allow-list.
    if (name !== 'widget' && name !== 'id' && allowed.has(name)) el.setAttribute(name, value);
  }
  if (params.get('title')) document.title = params.get('title')!;
  main.append(el);
} else {
  fail(
    widget
      ? `未知的组件“${widget}”。Unknown widget "${widget}".`
      : '缺少 widget 参数（如 ?widget=budget-tree&src=…）。Missing the widget parameter (e.g. ?widget=budget-tree&src=…).',
  );
}

const id = params.get('id');
let last = -1;
function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  const message: ResizeMessage = { type: RESIZE_MESSAGE, height, id };
  // Only a height leaves this page, so any parent may read it; the receiving side checks our origin.
  window.parent.postMessage(message, '*');
}
new ResizeObserver(report).observe(document.documentElement);
report();
