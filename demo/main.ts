// The demo page of the foundation issue: it loads a budget JSON with the kit's loader and shows the
// validation and reconciliation report and every derived standard table. Widgets join it in later issues.
import { html, nothing, render } from 'lit';
import '../src/elements/budget-tree/define.js';
import '../src/elements/budget-table/define.js';
import '../src/elements/budget-summary/define.js';
import '../src/elements/kpi-card/define.js';
import '../src/elements/procurement-table/define.js';
import { BudgetLoadError, loadBudget, type LoadedBudget } from '../src/data/index.js';
import { resolveLang, standardTables, type Lang } from '../src/model/index.js';

const report = document.getElementById('report')!;
const dataset = document.getElementById('dataset') as HTMLSelectElement;
const langSelect = document.getElementById('lang') as HTMLSelectElement;
const tablesHost = document.getElementById('tables')!;

const T = {
  'zh-CN': {
    loading: '正在加载…',
    department: '部门',
    year: '预算年度',
    phase: '阶段',
    unit: '金额单位',
    phases: { budget: '预算', final: '决算' },
    check: '数据核对',
    pass: '通过',
    notes: (n: number) => `${n} 条舍位提示`,
    warnings: (n: number) => `${n} 条警告`,
    checks: (n: number) => `共核对 ${n} 项勾稽关系。`,
    schemaWarnings: '数据提示',
    tables: '标准表',
    empty: '空表',
    failed: '无法显示数据',
    unitLine: '单位',
  },
  en: {
    loading: 'Loading…',
    department: 'Department',
    year: 'Fiscal year',
    phase: 'Phase',
    unit: 'Amounts in',
    phases: { budget: 'Budget', final: 'Final account' },
    check: 'Data check',
    pass: 'passed',
    notes: (n: number) => `${n} rounding note${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    checks: (n: number) => `${n} reconciliation checks made.`,
    schemaWarnings: 'Data warnings',
    tables: 'Standard tables',
    empty: 'Empty table',
    failed: 'The data cannot be shown',
    unitLine: 'Unit',
  },
};

function view(b: LoadedBudget, lang: Lang) {
  const t = T[lang];
  const { meta } = b.document;
  const rec = b.reconciliation;
  const state = rec.warnings ? 'warning' : rec.notes ? 'note' : 'ok';
  const parts = [rec.warnings ? t.warnings(rec.warnings) : '', rec.notes ? t.notes(rec.notes) : ''].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  return html`
    <section aria-labelledby="meta-h">
      <h2 id="meta-h">${meta.title ?? meta.department.name}</h2>
      <dl class="facts">
        <dt>${t.department}</dt><dd>${meta.department.name}</dd>
        <dt>${t.year}</dt><dd>${meta.fiscalYear}</dd>
        <dt>${t.phase}</dt><dd>${t.phases[meta.phase]}</dd>
        <dt>${t.unit}</dt><dd>${meta.unit}</dd>
      </dl>
    </section>
    <section aria-labelledby="check-h">
      <h2 id="check-h">${t.check}${lang === 'en' ? ': ' : '：'}<span class="badge ${state}">${state === 'ok' ? t.pass : parts}</span></h2>
      ${rec.findings.length ? html`<ul class="findings">${rec.findings.map((f) => html`<li>${f.message[lang]}</li>`)}</ul>` : nothing}
      <p class="note-line">${t.checks(rec.checks)}</p>
      ${b.warnings.length
        ? html`<h3>${t.schemaWarnings}</h3><ul class="findings">${b.warnings.map((w) => html`<li><code>${w.path}</code> ${w.message[lang]}</li>`)}</ul>`
        : nothing}
    </section>
  `;
}

function errorView(e: unknown, lang: Lang) {
  const err = e instanceof BudgetLoadError ? e : undefined;
  return html`<section class="error-box" role="alert">
    <h2>${T[lang].failed}</h2>
    <p>${err ? err.localized(lang) : String(e)}</p>
    ${err?.issues.length ? html`<ul>${err.details(lang).map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
  </section>`;
}

let run = 0;
report.replaceChildren();
async function show() {
  const lang = resolveLang(langSelect.value);
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement & { src?: string }>('budget-tree, budget-summary, kpi-card, procurement-table')) {
    el.src = dataset.value;
    el.lang = lang;
  }
  const mine = ++run;
  render(html`<p>${T[lang].loading}</p>`, report);
  try {
    const b = await loadBudget(dataset.value);
    if (mine !== run) return;
    render(view(b, lang), report);
    render(
      standardTables(b.document).map((table) => html`<budget-table src=${dataset.value} table=${table.kind} lang=${lang}></budget-table>`),
      tablesHost,
    );
  } catch (e) {
    if (mine === run) render(errorView(e, lang), report);
  }
}

const params = new URLSearchParams(location.search);
if (params.get('data')) dataset.value = params.get('data')!;
if (params.get('lang')) langSelect.value = resolveLang(params.get('lang'));
dataset.addEventListener('change', show);
langSelect.addEventListener('change', show);
show();
