// What a reader meets first in <budget-tree>: the ranked list beside the chart, a centre that names what
// it sums, amounts in the reader's scale, one Tab stop, and the keyboard help in plain sight.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/budget-tree/define.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import { SEED } from '../helpers/files.js';

const SHANGHAI = '/data/shanghai-putuo-commerce-2025.json';

async function tree(attrs = '', width = 640, src = `/${SEED}`): Promise<BudgetTree> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width: ${width}px"><button id="before">before</button><budget-tree src="${src}" ${attrs}></budget-tree><button id="after">after</button></div>`,
  );
  const el = wrap.querySelector('budget-tree')!;
  await waitUntil(() => el.shadowRoot!.querySelector('svg, table, .state.error'), 'tree did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: BudgetTree, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: BudgetTree, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const ranked = (el: BudgetTree) => $$(el, '.ranked li').map(text);
const centre = (el: BudgetTree) => $$(el, '.centre text').map((t) => t.textContent!.trim());

describe('<budget-tree> for a first-time reader', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('lists the current node’s children beside the chart, largest first, with amounts and shares', async () => {
    const el = await tree();
    expect(text($(el, '.r-title'))).to.equal('全部支出：4 项，按金额排序');
    expect(ranked(el)).to.deep.equal([
      '201 一般公共服务支出 528.19万元 88.2%',
      '208 社会保障和就业支出 34.20万元 5.7%',
      '221 住房保障支出 25.83万元 4.3%',
      '210 卫生健康支出 10.56万元 1.8%',
    ]);
  });

  it('follows the zoom: the list ranks the children of the node zoomed into, shares of that node', async () => {
    const el = await tree('root="201"');
    expect(text($(el, '.r-title'))).to.equal('一般公共服务支出：1 项，按金额排序');
    expect(ranked(el)).to.deep.equal(['20103 政府办公厅（室）及相关机构事务 528.19万元 100.0%']);
    // Clicking a row zooms like clicking its arc.
    $$(el, '.ranked li')[0].click();
    await el.updateComplete;
    await waitUntil(() => text($(el, '.r-title')).startsWith('政府办公厅'), 'the list did not follow the zoom');
    expect(ranked(el)[0]).to.equal('2010301 行政运行 238.28万元 45.1%');
  });

  it('follows hover both ways: a row under the pointer lights its arcs, an arc under the keyboard lights its row', async () => {
    const el = await tree();
    $$(el, '.ranked li')[1].dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    const lit = $$(el, 'path.arc.hover').map((p) => p.dataset.id);
    expect(lit).to.include('208').and.include('2080505');
    expect(lit).to.not.include('201');
    $(el, '.ranked').dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($$(el, 'path.arc.hover')).to.have.length(0);
    // Keyboard: move to the second 类; its row is the current one.
    $(el, 'path.arc[tabindex="0"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => $(el, '.ranked li.current'), 'no current row');
    expect(text($(el, '.ranked li.current'))).to.contain('208 社会保障和就业支出');
  });

  it('names in its centre what the chart sums: 基本支出 for the economic classification, not 全部支出', async () => {
    const el = await tree('classification="economic"');
    expect(centre(el)[0]).to.equal('基本支出');
    expect(text($(el, 'nav li'))).to.equal('基本支出');
    const fn = await tree();
    expect(centre(fn)[0]).to.equal('全部支出');
    const project = await tree('measure="project"');
    expect(centre(project)[0]).to.equal('项目支出');
  });

  it('shows a 元 budget in the reader’s scale, with the published figure in the tooltip and the table', async () => {
    const el = await tree('', 640, SHANGHAI);
    expect(centre(el)[1]).to.equal('3.72亿元');
    expect(ranked(el)[0]).to.match(/^215 资源勘探工业信息等支出 2\.94亿元 79\.1%$/);
    expect($$(el, '.ranked .amount')[0].title).to.equal('293,810,000.00元');
    $(el, 'path.arc[tabindex="0"]').focus();
    await waitUntil(() => !$(el, '.tooltip').hidden, 'no tooltip');
    expect(text($(el, '.tooltip')))
      .to.contain('金额2.94亿元')
      .and.contain('公开数293,810,000.00元');
    ($(el, 'button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, 'tbody tr'))).to.contain('371,514,655.00');
  });

  it('in English, amounts in million yuan and Chinese names marked as Chinese', async () => {
    const el = await tree('lang="en"', 640, SHANGHAI);
    expect(centre(el)[1]).to.equal('371.51\u00a0million\u00a0yuan');
    expect(text($(el, '.r-title'))).to.equal('All expenditure: 7 items, largest first');
    const name = $(el, '.ranked li .r-name [lang]');
    expect(name.getAttribute('lang')).to.equal('zh-CN');
    expect(text(name)).to.equal('资源勘探工业信息等支出');
  });

  it('takes one Tab stop, and says how to use the keyboard in plain sight', async () => {
    const el = await tree();
    const help = $(el, '#help');
    expect(help.closest('details')).to.equal(null);
    expect(help.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(help)).to.contain('方向键');
    const svg = $(el, 'svg');
    expect(svg.getAttribute('aria-describedby')).to.equal('help');
    // Tab from the toggle lands on the active arc, and the next Tab leaves the chart.
    ($(el, 'button.toggle') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('treeitem');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('svg')).to.equal(null);
  });

  it('puts the ranked list beside a wide chart and under a narrow one', async () => {
    const wide = await tree('', 1000);
    const [c1, l1] = [$(wide, '.chart').getBoundingClientRect(), $(wide, '.ranked').getBoundingClientRect()];
    expect(l1.left).to.be.at.least(c1.right - 1);
    const narrow = await tree('', 360);
    const [c2, l2] = [$(narrow, '.chart').getBoundingClientRect(), $(narrow, '.ranked').getBoundingClientRect()];
    expect(l2.top).to.be.at.least(c2.bottom - 1);
  });
});
