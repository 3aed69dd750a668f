// The demo page: every element on the founding department's data (or Shanghai's), the data check, the
// language, theme and large-text switches, a final account (决算) beside the next year's budget, and the
// embed-code builder. Plain DOM, no framework.
import { BudgetLoadError, loadBudget, resolveLang, standardTables, type Lang, type LoadedBudget } from '../src/bundle.js';
import { createBuilder } from './builder.js';
import { append, h } from './builder-dom.js';

const report = document.getElementById('report')!;
const dataset = document.getElementById('dataset') as HTMLSelectElement;
const langSelect = document.getElementById('lang') as HTMLSelectElement;
const themeSelect = document.getElementById('theme') as HTMLSelectElement;
const largeText = document.getElementById('large-text') as HTMLInputElement;
const tablesHost = document.getElementById('tables')!;

const THEMES = ['default', 'red', 'high-contrast', 'dark'];

const T = {
  'zh-CN': {
    loading: '正在加载…',
    department: '部门',
    year: '预算年度',
    phase: '阶段',
    unit: '金额单位',
    phases: { budget: '预算', final: '决算' },
    source: '公开原文',
    download: '下载数据（JSON）',
    schemaWarnings: '数据提示',
    failed: '无法显示数据',
  },
  en: {
    loading: 'Loading…',
    department: 'Department',
    year: 'Fiscal year',
    phase: 'Phase',
    unit: 'Amounts in',
    phases: { budget: 'Budget', final: 'Final account' },
    source: 'Source document',
    download: 'Download data (JSON)',
    schemaWarnings: 'Data warnings',
    failed: 'The data cannot be shown',
  },
};

function view(b: LoadedBudget, lang: Lang, dataUrl: string): Node[] {
  const t = T[lang];
  const { meta } = b.document;
  const facts = h('dl', { class: 'facts' });
  for (const [k, v] of [
    [t.department, meta.department.name],
    [t.year, String(meta.fiscalYear)],
    [t.phase, t.phases[meta.phase]],
    [t.unit, meta.unit],
  ])
    append(facts, h('dt', {}, k), h('dd', {}, v));
  const source = meta.source?.url && /^https?:/i.test(meta.source.url) ? meta.source.url : undefined;
  const links = h(
    'p',
    { class: 'links' },
    source ? h('a', { href: source, rel: 'noopener noreferrer' }, t.source) : null,
    source ? ' · ' : null,
    h('a', { href: dataUrl, download: '' }, t.download),
  );
  // The data check is the summary's own section: it is not repeated here.
  const parts: Node[] = [
    h('section', { 'aria-labelledby': 'meta-h', class: 'disclosure' }, h('h2', { id: 'meta-h' }, meta.title ?? meta.department.name), facts, links),
  ];
  if (b.warnings.length) {
    parts.push(
      h(
        'section',
        { 'aria-labelledby': 'warn-h' },
        h('h2', { id: 'warn-h' }, t.schemaWarnings),
        h('ul', { class: 'findings' }, ...b.warnings.map((w) => h('li', {}, h('code', {}, w.path), ' ', w.message[lang]))),
      ),
    );
  }
  return parts;
}

function errorView(e: unknown, lang: Lang): Node {
  const err = e instanceof BudgetLoadError ? e : undefined;
  return h(
    'section',
    { class: 'error-box', role: 'alert' },
    h('h2', {}, T[lang].failed),
    h('p', {}, err ? err.localized(lang) : String(e)),
    err?.issues.length ? h('ul', {}, ...err.details(lang).map((d) => h('li', {}, d))) : null,
  );
}

/** Every widget of the showcase (not the builder's preview, which has its own options). */
function showcase(): HTMLElement[] {
  return Array.from(
    document.querySelectorAll<HTMLElement>('main .widgets :is(budget-tree, budget-summary, budget-table, kpi-card, procurement-table, budget-directory)'),
  );
}

function applyLook(el: HTMLElement): void {
  const theme = themeSelect.value;
  if (theme === 'default') el.removeAttribute('theme');
  else el.setAttribute('theme', theme);
  el.toggleAttribute('large-text', largeText.checked);
}

function applyLookToAll(): void {
  document.body.dataset.theme = themeSelect.value;
  document.body.classList.toggle('large-text', largeText.checked);
  for (const el of showcase()) applyLook(el);
}

/** The page's choices in its address, so a view can be shared. */
function saveParams(): void {
  const p = new URLSearchParams(location.search);
  const set = (k: string, v: string, dflt: string) => (v === dflt ? p.delete(k) : p.set(k, v));
  set('data', dataset.value, dataset.options[0].value);
  set('lang', langSelect.value, 'zh-CN');
  set('theme', themeSelect.value, 'default');
  set('large-text', largeText.checked ? '1' : '', '');
  const q = p.toString();
  history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
}

const absolute = (url: string) => new URL(url, location.href).href;

let run = 0;
report.replaceChildren();
async function show(): Promise<void> {
  const lang = resolveLang(langSelect.value);
  document.documentElement.lang = lang;
  for (const el of showcase()) {
    if (el.localName === 'budget-table' && !el.dataset.fixedSrc) continue;
    // The final-account section shows its own two files, whatever the data chosen above.
    el.setAttribute('src', el.dataset.fixedSrc ?? dataset.value);
    el.setAttribute('lang', lang);
  }
  applyLookToAll();
  saveParams();
  const docLink = document.getElementById('document-link') as HTMLAnchorElement | null;
  if (docLink) docLink.href = `./embed.html?${new URLSearchParams({ widget: 'budget-document', src: dataset.value, lang })}`;
  const mine = ++run;
  report.replaceChildren(h('p', {}, T[lang].loading));
  try {
    const b = await loadBudget(dataset.value);
    if (mine !== run) return;
    report.replaceChildren(...view(b, lang, dataset.value));
    tablesHost.replaceChildren(
      ...standardTables(b.document).map((table) => {
        const el = h('budget-table', { src: dataset.value, table: table.kind, lang, 'no-caption': '' });
        applyLook(el);
        return el;
      }),
    );
  } catch (e) {
    if (mine === run) report.replaceChildren(errorView(e, lang));
  }
}

const params = new URLSearchParams(location.search);
const wanted = params.get('data');
if (wanted && Array.from(dataset.options).some((o) => o.value === wanted)) dataset.value = wanted;
if (params.get('lang')) langSelect.value = resolveLang(params.get('lang'));
if (THEMES.includes(params.get('theme') ?? '')) themeSelect.value = params.get('theme')!;
largeText.checked = params.has('large-text') && params.get('large-text') !== '0';

const distBase = document.querySelector<HTMLMetaElement>('meta[name="budget-widgets-dist"]')?.content || '../dist/';
const builder = createBuilder(document.getElementById('builder-host')!, {
  distBase: absolute(distBase),
  embedPage: absolute('./embed.html'),
  dataUrl: absolute(dataset.value),
});
builder.setTheme(themeSelect.value);
builder.setLargeText(largeText.checked);

// The year 万里街道's 2024 budget is compared with: the select, and each element's link in the address.
const compareYear = document.getElementById('compare-year') as HTMLSelectElement | null;
const yearElements = () =>
  Array.from(document.querySelectorAll<HTMLElement & { compareSrc?: string }>('#years :is(budget-summary, budget-tree, budget-table)'));
if (compareYear) {
  const first = yearElements()[0];
  compareYear.value = first?.compareSrc ?? '';
  compareYear.addEventListener('change', () => {
    for (const el of yearElements()) {
      if (compareYear.value) el.setAttribute('compare-src', compareYear.value);
      else el.removeAttribute('compare-src');
    }
  });
}

// The directory's region: a catalog of each region the project has documents of.
const catalogRegion = document.getElementById('catalog-region') as HTMLSelectElement | null;
const directoryEl = document.getElementById('directory-list');
catalogRegion?.addEventListener('change', () => {
  if (!directoryEl) return;
  directoryEl.dataset.fixedSrc = catalogRegion.value;
  directoryEl.setAttribute('src', catalogRegion.value);
});

dataset.addEventListener('change', () => {
  builder.setDataUrl(absolute(dataset.value));
  void show();
});
langSelect.addEventListener('change', () => void show());
themeSelect.addEventListener('change', () => {
  applyLookToAll();
  builder.setTheme(themeSelect.value);
  saveParams();
});
largeText.addEventListener('change', () => {
  applyLookToAll();
  builder.setLargeText(largeText.checked);
  saveParams();
});
void show();
