import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-summary/define.js';
import '../../src/elements/budget-table/define.js';
import '../../src/elements/budget-tree/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/procurement-table/define.js';
import { linkedUrlAllowed, readLink, writeLink } from '../../src/elements/link-state.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { ProcurementTable } from '../../src/elements/procurement-table/procurement-table.js';
import { SEED } from '../helpers/files.js';

const WANLI_2023 = '/data/shanghai-putuo-wanli-2023-budget.json';
const WANLI_2024 = '/data/shanghai-putuo-wanli-2024-budget.json';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement | null;
const text = (e: Element | null) => ((e as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const param = (k: string) => new URLSearchParams(location.search).get(k);

/** The same markup again, as a reload of the page would create it. */
async function reload<T extends HTMLElement>(el: T, markup: string): Promise<T> {
  el.closest('div[data-wrap]')?.remove();
  el.remove();
  const wrap = await fixture<HTMLDivElement>(`<div data-wrap style="width: 640px">${markup}</div>`);
  return wrap.firstElementChild as T;
}

async function tree(markup: string): Promise<BudgetTree> {
  const wrap = await fixture<HTMLDivElement>(`<div data-wrap style="width: 640px">${markup}</div>`);
  const el = wrap.firstElementChild as BudgetTree;
  await waitUntil(() => el.shadowRoot!.querySelector('path.arc, table'), 'tree did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('links that last (the link attribute)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('reads and writes only its own parameters, and keeps the page’s', () => {
    expect(readLink('?page=3&tree.root=208&tree.view=table&other.root=1', 'tree')).to.deep.equal({ root: '208', view: 'table' });
    expect(writeLink('?page=3&tree.root=208', 'tree', { root: '20101', view: undefined })).to.equal('?page=3&tree.root=20101');
    expect(writeLink('?tree.root=208', 'tree', {})).to.equal('');
    // The page's own parameters keep their spelling.
    expect(writeLink('?flag&x=a%20b&y=c+d', 'tree', { root: '201' })).to.equal('?flag&x=a%20b&y=c+d&tree.root=201');
  });

  it('<budget-tree>: a zoomed arc and the table view come back after a reload', async () => {
    const markup = `<budget-tree src="/${SEED}" link="tree"></budget-tree>`;
    const el = await tree(markup);
    const arc = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.arc')].find((p) => p.getAttribute('data-id') === '201')!;
    arc.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => param('tree.root') === '201', 'the zoom is not in the address');
    ($(el, '[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitUntil(() => param('tree.view') === 'table', 'the view is not in the address');
    const again = await reload(el, markup);
    await waitUntil(() => again.shadowRoot!.querySelector('table'), 'no table after the reload', { timeout: 5000 });
    expect(text(again.shadowRoot!.querySelector('nav [aria-current]'))).to.equal('201 一般公共服务支出');
    expect(again.view).to.equal('table');
  });

  it('never loads a compared file from another origin because an address says so', async () => {
    history.replaceState(null, '', `${location.pathname}?years.compare=${encodeURIComponent('https://elsewhere.example/fake-2023.json')}`);
    const el = await tree(`<budget-tree src="${WANLI_2024}" link="years"></budget-tree>`);
    expect(el.compareSrc).to.equal(undefined);
    // Nor through an address of this site that redirects elsewhere: the answer's origin is checked too.
    const foreign = `${location.protocol}//127.0.0.1:${location.port}/test/cors/data/shanghai-putuo-wanli-2023-budget.json`;
    history.replaceState(null, '', `${location.pathname}?hop.compare=${encodeURIComponent(`/test/redirect?to=${encodeURIComponent(foreign)}`)}`);
    const hop = await tree(`<budget-tree src="${WANLI_2024}" link="hop"></budget-tree>`);
    await waitUntil(() => $(hop, '[part=compare][role=alert]'), 'the redirected file was not refused', { timeout: 5000 });
    expect(text($(hop, '[part=compare]'))).to.equal('对比年度的文件无法加载：链接中的文件来自本页不允许的来源');
    expect($(hop, '[part=legend]') === null).to.equal(true);
    expect(linkedUrlAllowed('/data/x.json')).to.equal(true);
    expect(linkedUrlAllowed('https://elsewhere.example/x.json')).to.equal(false);
    expect(linkedUrlAllowed('https://cdn.example/x.json', 'https://cdn.example/data/2024.json')).to.equal(true);
    expect(linkedUrlAllowed('https://cdn.example/x.json', undefined, new Set(['https://cdn.example']))).to.equal(true);
  });

  it('<budget-tree> without link leaves the address alone', async () => {
    const el = await tree(`<budget-tree src="/${SEED}"></budget-tree>`);
    const arc = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.arc')].find((p) => p.getAttribute('data-id') === '201')!;
    arc.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.search).to.equal('');
  });

  it('a compared year, and taking it away, come back after a reload', async () => {
    const markup = `<budget-tree src="${WANLI_2024}" link="years" changes></budget-tree>`;
    const el = await tree(markup);
    el.compareSrc = WANLI_2023;
    await waitUntil(() => $(el, '[part=legend]'), 'no change view', { timeout: 5000 });
    expect(param('years.compare')).to.equal(WANLI_2023);
    // The change view is the page's own attribute: the link says only what the reader changed.
    expect(param('years.changes')).to.equal(null);
    const again = await reload(el, markup);
    await waitUntil(() => $(again, '[part=legend]'), 'the comparison did not come back', { timeout: 5000 });
    expect(text($(again, '[part=compare]'))).to.contain('与2023年预算对比');
    // The page's own compare-src, taken away by the reader, stays away.
    history.replaceState(null, '', location.pathname);
    const given = `<budget-tree src="${WANLI_2024}" compare-src="${WANLI_2023}" link="years"></budget-tree>`;
    const withCompare = await reload(again, given);
    await waitUntil(() => $(withCompare, '[part=compare]'), 'no comparison', { timeout: 5000 });
    withCompare.removeAttribute('compare-src');
    await withCompare.updateComplete;
    await waitUntil(() => param('years.compare') === 'none', 'the removal is not in the address');
    const third = await reload(withCompare, given);
    await third.updateComplete;
    expect(third.compareSrc).to.equal(undefined);
  });

  it('<budget-table>, <kpi-card> and <procurement-table> keep the table, the project, the sort and the search', async () => {
    const table = await fixture<BudgetTable>(`<budget-table src="/${SEED}" table="收支总表" link="t"></budget-table>`);
    await waitUntil(() => $(table, 'table'), 'no table', { timeout: 5000 });
    table.table = 'basicEconomic';
    await table.updateComplete;
    await table.updateComplete;
    expect(param('t.table')).to.equal('basicEconomic');
    const tableAgain = await reload(table, `<budget-table src="/${SEED}" table="收支总表" link="t"></budget-table>`);
    await waitUntil(() => $(tableAgain, 'table'), 'no table after the reload', { timeout: 5000 });
    expect(text($(tableAgain, '.title'))).to.contain('基本支出');

    const proc = await fixture<ProcurementTable>(`<procurement-table src="/${SEED}" link="p"></procurement-table>`);
    await waitUntil(() => $(proc, 'table'), 'no procurement table', { timeout: 5000 });
    const search = $(proc, 'input[type=search]') as HTMLInputElement;
    search.value = '印刷';
    search.dispatchEvent(new Event('input'));
    await proc.updateComplete;
    await proc.updateComplete;
    expect(param('p.q')).to.equal('印刷');
    const procAgain = await reload(proc, `<procurement-table src="/${SEED}" link="p"></procurement-table>`);
    await waitUntil(() => $(procAgain, 'table'), 'no procurement table after the reload', { timeout: 5000 });
    expect(($(procAgain, 'input[type=search]') as HTMLInputElement).value).to.equal('印刷');

    const kpi = await fixture<KpiCard>(`<kpi-card src="/${SEED}" project="*" link="k"></kpi-card>`);
    await waitUntil(() => kpi.shadowRoot!.querySelector('article'), 'no kpi card', { timeout: 5000 });
    await kpi.updateComplete;
    expect(param('k.project')).to.equal(null);
    kpi.project = '13062524P00001510533F';
    await kpi.updateComplete;
    await kpi.updateComplete;
    expect(param('k.project')).to.equal('13062524P00001510533F');
    const kpiAgain = await reload(kpi, `<kpi-card src="/${SEED}" project="*" link="k"></kpi-card>`);
    await waitUntil(() => kpiAgain.shadowRoot!.querySelector('article'), 'no kpi card after the reload', { timeout: 5000 });
    expect(text(kpiAgain.shadowRoot!.querySelector('article h3'))).to.equal('保安保洁服务费');
  });
});
