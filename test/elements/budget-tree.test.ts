import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/budget-tree/define.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import type { BudgetSelectDetail } from '../../src/events/budget-select.js';
import { SEED } from '../helpers/files.js';

const SRC = `/${SEED}`;

async function ready(el: BudgetTree): Promise<BudgetTree> {
  const loading = () =>
    el.shadowRoot!.querySelector('.state[role=status]')?.textContent === el.shadowRoot!.querySelector('.state')?.textContent &&
    /加载|Loading/.test(el.shadowRoot!.textContent!);
  await waitUntil(() => el.shadowRoot!.querySelector('.base') && !loading(), 'tree did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function tree(attrs = ''): Promise<BudgetTree> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width: 640px"><budget-tree src="${SRC}" ${attrs}></budget-tree></div>`);
  return ready(wrap.querySelector('budget-tree')!);
}

const $ = (el: BudgetTree, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: BudgetTree, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const arcs = (el: BudgetTree) => $$(el, 'path.arc');
const arc = (el: BudgetTree, id: string) => $(el, `path[data-id="${id}"]`);
const centre = (el: BudgetTree) => $$(el, '.centre text').map((t) => t.textContent!.trim());
const crumbs = (el: BudgetTree) => $$(el, 'nav li').map((li) => li.textContent!.trim());
const active = (el: BudgetTree) => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id');

describe('<budget-tree>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws one arc per visible node of the founding department, labelled with amount and share', async () => {
    const el = await tree();
    expect(arcs(el)).to.have.length(16);
    expect(
      arcs(el)
        .map((a) => a.dataset.id)
        .sort(),
    ).to.deep.equal(
      [
        '201',
        '20103',
        '2010301',
        '2010302',
        '2010350',
        '208',
        '20805',
        '2080505',
        '20809',
        '2080901',
        '210',
        '21011',
        '2101101',
        '221',
        '22102',
        '2210201',
      ].sort(),
    );
    expect(arc(el, '208').getAttribute('aria-label')).to.equal('208 社会保障和就业支出，34.20万元，占总额 5.7%');
    expect(centre(el)).to.deep.equal(['全部支出', '598.78万元', '占总额 100.0%']);
    expect(crumbs(el)).to.deep.equal(['全部支出']);
    expect($(el, 'svg').getAttribute('aria-label')).to.equal('保定市徐水区行政审批局 2024年 支出功能分类旭日图');
  });

  it('names its breadcrumb by its classification, so two trees on a page are two distinct landmarks', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div style="width: 640px"><budget-tree src="${SRC}"></budget-tree><budget-tree src="${SRC}" classification="economic" lang="en"></budget-tree></div>`,
    );
    const [functional, economic] = [...wrap.querySelectorAll('budget-tree')] as BudgetTree[];
    await ready(functional!);
    await ready(economic!);
    expect($(functional!, 'nav').getAttribute('aria-label')).to.equal('当前位置：支出功能分类');
    expect($(economic!, 'nav').getAttribute('aria-label')).to.equal('You are here: basic expenditure by economic classification');
  });

  it('zooms on click, updating centre and breadcrumb, and fires budget-select', async () => {
    const el = await tree();
    const ev = oneEvent(el, 'budget-select');
    arc(el, '208').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = (await ev) as CustomEvent<BudgetSelectDetail>;
    expect(detail).to.deep.equal({ code: '208', name: '社会保障和就业支出', amount: '34.20', unit: '万元', path: ['208'], names: ['社会保障和就业支出'] });
    await el.updateComplete;
    expect(centre(el)).to.deep.equal(['社会保障和就业支出', '34.20万元', '占总额 5.7%']);
    expect(crumbs(el)).to.deep.equal(['全部支出', '208 社会保障和就业支出']);
    expect(arcs(el).map((a) => a.dataset.id)).to.have.members(['20805', '2080505', '20809', '2080901']);
    // the centre zooms out
    $(el, '.centre').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('全部支出');
    expect(arcs(el)).to.have.length(16);
  });

  it('the breadcrumb zooms out to any level, and focus moves to the new current crumb', async () => {
    const el = await tree('root="20805"');
    expect(crumbs(el)).to.deep.equal(['全部支出', '208 社会保障和就业支出', '20805 行政事业单位养老支出']);
    const ev = oneEvent(el, 'budget-select');
    const button = $$(el, 'nav button')[1] as HTMLButtonElement;
    button.focus();
    button.click();
    expect(((await ev) as CustomEvent<BudgetSelectDetail>).detail.code).to.equal('208');
    await el.updateComplete;
    await el.updateComplete;
    expect(crumbs(el)).to.deep.equal(['全部支出', '208 社会保障和就业支出']);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('208 社会保障和就业支出');
  });

  it('falls back to the total for a measure it does not know', async () => {
    const el = await tree('measure="toString"');
    expect(centre(el)[1]).to.equal('598.78万元');
    expect(arcs(el)).to.have.length(16);
  });

  it('converts to another unit exactly', async () => {
    const el = await tree('unit="亿元"');
    expect(arc(el, '208').getAttribute('aria-label')).to.equal('208 社会保障和就业支出，0.00342亿元，占总额 5.7%');
  });

  it('is driven by the keyboard: one tab stop, arrows, Home/End, Enter, Escape, Backspace', async () => {
    const el = await tree();
    expect(arcs(el).filter((a) => a.getAttribute('tabindex') === '0')).to.have.length(1);
    arc(el, '201').focus();
    expect(active(el)).to.equal('201');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal('208'); // siblings run largest first: 201, 208, 221, 210
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)).to.equal('210');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal('201'); // wraps around
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active(el)).to.equal('210');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)).to.equal('201');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)).to.equal('20103');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active(el)).to.equal('201');
    // the tooltip follows focus
    expect($(el, '.tooltip').hidden).to.equal(false);
    expect($(el, '.tooltip').textContent).to.contain('201 一般公共服务支出').and.contain('528.19万元').and.contain('88.2%');
    expect(arc(el, '201').getAttribute('aria-describedby')).to.equal('tip');

    const ev = oneEvent(el, 'budget-select');
    await sendKeys({ press: 'Enter' });
    expect(((await ev) as CustomEvent<BudgetSelectDetail>).detail.code).to.equal('201');
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('一般公共服务支出');
    expect(el.shadowRoot!.activeElement).to.have.class('arc'); // focus stays in the chart

    await sendKeys({ press: 'Escape' }); // first Escape closes the tooltip
    await el.updateComplete;
    expect($(el, '.tooltip').hidden).to.equal(true);
    expect(centre(el)[0]).to.equal('一般公共服务支出');
    await sendKeys({ press: 'Escape' }); // the next one zooms out
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('全部支出');
    expect(active(el)).to.equal('201'); // focus returns to where we came from

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('一般公共服务支出');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('全部支出');
  });

  it('moves focus only when the arc changes: Enter on an arc without children and later updates leave it where it is', async () => {
    const el = await tree();
    const leaf = arcs(el).find((a) => /^\d{7}$/.test(a.getAttribute('data-id') ?? ''))!;
    const id = leaf.getAttribute('data-id')!;
    leaf.focus();
    let moves = 0;
    el.shadowRoot!.addEventListener('focusin', () => moves++);
    await sendKeys({ press: 'Enter' }); // selects it (budget-select); nothing to zoom into
    await el.updateComplete;
    el.lang = 'en';
    await el.updateComplete;
    expect(active(el)).to.equal(id);
    expect(moves).to.equal(0);
  });

  it('after a keyboard zoom the focused element stands for the new active arc, and focus came to it afresh', async () => {
    const el = await tree();
    arc(el, '201').focus();
    let moves = 0;
    el.shadowRoot!.addEventListener('focusin', () => moves++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => active(el) !== '201', 'focus stayed on 201');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.contain(active(el)!);
    expect(moves).to.be.greaterThan(0);
  });

  it('shows the tooltip on hover and hides it when the pointer leaves', async () => {
    const el = await tree();
    const target = arc(el, '221');
    const box = target.getBoundingClientRect();
    target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    await el.updateComplete;
    expect($(el, '.tooltip').hidden).to.equal(false);
    expect($(el, '.tooltip').textContent!.replace(/\s+/g, ' '))
      .to.contain('221 住房保障支出')
      .and.contain('编码221')
      .and.contain('金额25.83万元')
      .and.contain('占上级4.3%')
      .and.contain('占总额4.3%');
    $(el, 'svg').dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '.tooltip').hidden).to.equal(true);
  });

  it('draws a visible focus ring (3 px, at least 3:1 against the background)', async () => {
    const { contrast } = await import('../../src/layout/colors.js');
    const el = await tree();
    arc(el, '201').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focused = arc(el, '208');
    expect(el.shadowRoot!.activeElement).to.equal(focused);
    // The ring is drawn over every arc, on the focused arc's outline.
    const ring = $(el, 'path.focus-ring');
    expect(ring.getAttribute('d')).to.equal(focused.getAttribute('d'));
    expect(ring.nextElementSibling).to.equal($(el, '.labels'));
    const style = getComputedStyle(ring);
    expect(style.strokeWidth).to.equal('3px');
    expect(style.stroke).to.equal('rgb(11, 87, 208)');
    expect(contrast('#0b57d0', '#ffffff')).to.be.greaterThan(3);
    // Leaving the chart removes it.
    ($(el, 'button.toggle') as HTMLButtonElement).focus();
    await el.updateComplete;
    expect($(el, 'path.focus-ring')).to.equal(null);
  });

  it('has a table twin that lists the same nodes and follows the zoom both ways', async () => {
    const el = await tree();
    ($(el, 'button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect($(el, 'svg')).to.equal(null);
    const rows = () => $$(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows()).to.have.length(17);
    expect(rows()[0]).to.deep.equal(['', '全部支出', '598.78', '', '100.0%']);
    expect(rows()[1]).to.deep.equal(['201', '一般公共服务支出', '528.19', '88.2%', '88.2%']);
    expect($$(el, 'thead th').map((t) => t.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
    expect($(el, 'caption').textContent).to.equal('保定市徐水区行政审批局 2024年 支出功能分类（单位：万元）');
    // zoom from the table
    const ev = oneEvent(el, 'budget-select');
    ($$(el, 'tbody button').find((b) => b.textContent!.trim() === '社会保障和就业支出') as HTMLButtonElement).click();
    await ev;
    await el.updateComplete;
    expect(rows().map((r) => r[0])).to.deep.equal(['208', '20805', '2080505', '20809', '2080901']);
    // the chart shows the same zoom
    ($(el, 'button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('社会保障和就业支出');
    expect(arcs(el)).to.have.length(4);
  });

  it('opens in the view the view attribute names', async () => {
    const el = await tree('view="table"');
    expect($(el, 'table')).to.exist;
    expect($(el, 'button.toggle').textContent!.trim()).to.equal('以图表查看');
  });

  it('does not fire budget-select when the host sets properties', async () => {
    const el = await tree();
    let fired = 0;
    el.addEventListener('budget-select', () => fired++);
    el.root = '208';
    await el.updateComplete;
    el.measure = 'basic';
    await el.updateComplete;
    el.view = 'table';
    await el.updateComplete;
    expect(centre(el)).to.deep.equal([]); // table view: no chart
    expect($$(el, 'tbody tr')[0].textContent).to.contain('社会保障和就业支出');
    expect(fired).to.equal(0);
  });

  it('measure shows one expenditure type', async () => {
    const el = await tree('measure="project"');
    expect(arcs(el).map((a) => a.dataset.id)).to.have.members(['201', '20103', '2010302', '208', '20809', '2080901']);
    expect(centre(el)[1]).to.equal('234.62万元');
    el.measure = 'basic';
    await el.updateComplete;
    expect(centre(el)[1]).to.equal('364.16万元');
    expect(arcs(el).map((a) => a.dataset.id)).to.not.include('2010302');
  });

  it('shows an empty state for a measure with no expenditure', async () => {
    const el = await tree('measure="operating"');
    expect($(el, '[role=status]').textContent).to.equal('该口径下没有支出数据。');
    await expect(el).to.be.accessible();
  });

  it('root opens zoomed in, and an unknown root says so', async () => {
    const el = await tree('root="208"');
    expect(centre(el)[0]).to.equal('社会保障和就业支出');
    el.root = '999';
    await el.updateComplete;
    expect(centre(el)[0]).to.equal('全部支出');
    expect($(el, '.notice').textContent).to.equal('未找到科目“999”，显示全部。');
  });

  it('classification="economic" shows 301 → 30101, with 301’s remainder and 302’s excess', async () => {
    const el = await tree('classification="economic"');
    const ids = arcs(el).map((a) => a.dataset.id);
    expect(ids).to.include.members(['301', '302', '303', '30101', '30239', '30309', '301~rest']);
    expect(ids).to.have.length(20);
    expect(arc(el, '301~rest').getAttribute('aria-label')).to.equal('未分项，0.01万元，占总额 <0.1%');
    expect(centre(el)[1]).to.equal('364.16万元');
    el.view = 'table';
    await el.updateComplete;
    const text = $(el, 'tbody').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('未分项').and.contain('0.01');
    expect(text).to.contain('各分项之和比公布的合计多 0.01万元');
    // the chart stays whole: 302's six items fit inside 302
    el.view = 'chart';
    await el.updateComplete;
    for (const p of arcs(el)) expect(p.getAttribute('d')).to.not.contain('NaN');
  });

  it('speaks English with lang="en", and follows a lang on an ancestor', async () => {
    const el = await tree('lang="en"');
    expect(crumbs(el)).to.deep.equal(['All expenditure']);
    expect(centre(el)).to.deep.equal(['All expenditure', '5.99\u00a0million\u00a0yuan', '100.0% of total']);
    expect($(el, 'button.toggle').textContent!.trim()).to.equal('Show as table');
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><budget-tree src=${SRC}></budget-tree></div>`);
    const inherited = await ready(wrap.querySelector('budget-tree')!);
    expect(crumbs(inherited)).to.deep.equal(['All expenditure']);
  });

  it('shows amounts in the unit asked for, exactly', async () => {
    const el = await tree('unit="元"');
    expect(centre(el)[1]).to.equal('5,987,800.00元');
  });

  it('shows a localized error for a bad src, and its neighbour still works', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><budget-tree src="/no-such.json"></budget-tree><budget-tree src=${SRC}></budget-tree></div>`);
    const [bad, good] = [...wrap.querySelectorAll('budget-tree')];
    await ready(bad);
    await ready(good);
    expect($(bad, '[role=alert]').textContent).to.contain('无法显示预算数据').and.contain('HTTP 404');
    expect(arcs(good)).to.have.length(16);
    await expect(bad).to.be.accessible();
  });

  it('animates a zoom when motion is allowed, and lands on the same state', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await tree();
      arc(el, '208').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await aTimeout(100);
      const mid = arcs(el).length;
      expect(mid).to.be.greaterThan(4); // old and new arcs together during the transition
      await aTimeout(500);
      await el.updateComplete;
      expect(arcs(el)).to.have.length(4);
      expect(centre(el)[0]).to.equal('社会保障和就业支出');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('resizes with its container', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><budget-tree src=${SRC}></budget-tree></div>`);
    const el = await ready(wrap.querySelector('budget-tree')!);
    expect(Number($(el, 'svg').getAttribute('width'))).to.be.within(590, 600);
    wrap.style.width = '300px';
    await waitUntil(() => Number($(el, 'svg').getAttribute('width')) <= 300, 'did not shrink');
    expect(arcs(el)).to.have.length(16);
  });

  it('passes axe in the chart view, the table view and a zoomed state', async () => {
    const el = await tree();
    await expect(el).to.be.accessible();
    el.root = '201';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../../src/elements/define.js');
    const { BudgetTree } = await import('../../src/elements/budget-tree/budget-tree.js');
    expect(() => defineElement('budget-tree', BudgetTree)).to.not.throw();
  });
});

describe('<budget-tree> with data set as a property', () => {
  it('draws the data without fetching', async () => {
    const doc = await (await fetch(SRC)).json();
    const el = await fixture<BudgetTree>(html`<budget-tree .data=${doc}></budget-tree>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('path.arc').length === 16, 'no arcs');
    expect(el.shadowRoot!.querySelector('.centre text')!.textContent).to.equal('全部支出');
  });
});
