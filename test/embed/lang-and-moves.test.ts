import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import type { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import { SEED } from '../helpers/files.js';

const SRC = `/${SEED}`;

async function shown(el: HTMLElement): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.state'), 'did not render', { timeout: 5000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('h3')!.textContent!.trim();

describe('language inheritance', () => {
  it('takes the closest ancestor lang, and follows when it changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><section><budget-summary src=${SRC} sections="totals"></budget-summary></section></div>`);
    const el = wrap.querySelector<BudgetSummary>('budget-summary')!;
    await shown(el);
    expect(heading(el)).to.equal('Totals');
    wrap.lang = 'zh-CN';
    await waitUntil(() => heading(el) === '收支总额', `still ${heading(el)}`);
    // its own lang wins over the ancestor's
    el.lang = 'en';
    await el.updateComplete;
    expect(heading(el)).to.equal('Totals');
  });

  it('crosses a shadow root to the host page, and re-reads it when moved to another section', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div id="zh" lang="zh-CN"></div><div id="en" lang="en"></div></div>`);
    const host = document.createElement('div');
    page.querySelector('#en')!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('budget-summary') as BudgetSummary;
    el.setAttribute('src', SRC);
    el.setAttribute('sections', 'totals');
    root.append(el);
    await shown(el);
    expect(heading(el)).to.equal('Totals');
    page.querySelector('#zh')!.append(host);
    await waitUntil(() => heading(el) === '收支总额', `still ${heading(el)}`);
  });
});

describe('re-parenting (as accessibility toolbars do)', () => {
  it('keeps one chart, one fetch, and one event per click after moves', async () => {
    const src = `${SRC}?moves`;
    const page = await fixture<HTMLDivElement>(
      html`<div><div id="a" style="width: 640px"><budget-tree src=${src}></budget-tree></div><div id="b" style="width: 480px"></div></div>`,
    );
    const el = page.querySelector<BudgetTree>('budget-tree')!;
    await shown(el);
    for (let i = 0; i < 3; i++) {
      page.querySelector(i % 2 ? '#a' : '#b')!.append(el);
      await aTimeout(30);
    }
    await shown(el);
    expect(el.parentElement!.id).to.equal('b');
    expect(el.shadowRoot!.querySelectorAll('svg[role=tree]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('path.arc')).to.have.length(16);
    // the chart follows its new, narrower container
    await waitUntil(() => el.shadowRoot!.querySelector('svg[role=tree]')!.getBoundingClientRect().width <= 480);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith(src))).to.have.length(1);
    let events = 0;
    el.addEventListener('budget-select', () => events++);
    const ev = oneEvent(el, 'budget-select');
    el.shadowRoot!.querySelector('path[data-id="208"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await ev;
    await aTimeout(50);
    expect(events).to.equal(1);
  });

  it('moved while its data is still loading, it fetches once and renders', async () => {
    const src = `${SRC}?moved-while-loading`;
    const page = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('budget-summary') as BudgetSummary;
    el.setAttribute('src', src);
    el.setAttribute('sections', 'totals');
    page.querySelector('#a')!.append(el);
    await el.updateComplete; // the load has started
    page.querySelector('#b')!.append(el); // an accessibility toolbar re-parents the page
    await shown(el);
    expect(heading(el)).to.equal('收支总额');
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith(src))).to.have.length(1);
  });

  it('an upgraded div moved elsewhere stays one element', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const div = document.createElement('div');
    div.dataset.budgetWidget = 'procurement-table';
    div.dataset.src = SRC;
    page.querySelector('#a')!.append(div);
    await waitUntil(() => div.querySelector('procurement-table'));
    page.querySelector('#b')!.append(div);
    page.querySelector('#a')!.append(div);
    await aTimeout(50);
    expect(page.querySelectorAll('procurement-table')).to.have.length(1);
    await shown(page.querySelector('procurement-table')!);
    expect(page.querySelector('procurement-table')!.shadowRoot!.querySelectorAll('table')).to.have.length(1);
  });
});
