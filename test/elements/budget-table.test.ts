import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-table/define.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import { capturedDownload, SEED, SHANGHAI } from '../helpers/files.js';

async function table(name: string, src = SEED, extra = ''): Promise<BudgetTable> {
  const el = await fixture<BudgetTable>(`<budget-table src="/${src}" table="${name}" ${extra}></budget-table>`);
  await waitUntil(() => el.shadowRoot!.querySelector('table, [role=alert]'), 'table did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
const bodyRows = (el: Element) => $$(el, 'tbody tr').map((r) => [...r.children].map((c) => text(c).replace(/※.*$/, '')));

describe('<budget-table>', () => {
  const SEED_TABLES: Array<[string, number, string[]]> = [
    ['收支总表', 34, ['34', '收入总计', '598.78', '支出总计', '598.78']],
    ['收入总表', 17, ['1', '', '合计', '598.78', '598.78', '598.78', '', '', '', '', '', '', '']],
    ['支出总表', 17, ['1', '', '合计', '598.78', '364.16', '234.62', '', '', '']],
    ['财政拨款收支总表', 37, ['37', '收入总计', '598.78', '支出总计', '598.78', '598.78', '', '']],
    ['一般公共预算支出表', 17, ['1', '', '合计', '598.78', '364.16', '234.62']],
    ['基本支出表', 20, ['1', '', '合计', '364.16', '332.43', '31.73']],
    ['三公经费表', 9, ['1', '合计', '0.15', '0.15', '', '']],
  ];
  for (const [name, count, totals] of SEED_TABLES) {
    it(`renders the founding department’s ${name} with its published row count and totals`, async () => {
      const el = await table(name, SEED, 'hide-empty="false"');
      const rows = bodyRows(el);
      expect(rows).to.have.length(count);
      expect(
        rows.find((r) => r.includes(totals[1]) && r[0] === totals[0]),
        JSON.stringify(rows.slice(-2)),
      ).to.deep.equal(totals);
      expect(text($(el, '.meta'))).to.equal('编制部门：202保定市徐水区行政审批局 预算年度：2024 单位：万元');
      expect($$(el, 'thead tr.numbers th')[0].textContent).to.equal('栏次');
    });
  }

  it('shows an empty table with its published note', async () => {
    const el = await table('政府性基金支出表');
    expect(text($(el, 'tbody'))).to.equal('本表无数据。');
    expect(text($(el, '.note'))).to.equal('注：无政府基金预算财政拨款预算，空表列示。');
    await expect(el).to.be.accessible();
  });

  it('builds the published two-level header with 序号 and 栏次', async () => {
    const el = await table('收入总表');
    const head = $$(el, 'thead tr').map((r) => [...r.children].map((c) => text(c)));
    expect(head[0]).to.deep.equal(['序号', '功能分类科目', '合计', '本年收入', '上年结转']);
    expect(head[1]).to.deep.equal([
      '科目编码',
      '科目名称',
      '小计',
      '财政拨款收入',
      '财政专户收入',
      '事业收入',
      '经营收入',
      '上级补助收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
    expect(head[2]).to.deep.equal(['栏次', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(text($(el, 'caption'))).to.equal('部门预算收入总表（单位：万元）');
  });

  it('hides the empty rows of the 31-category 收支总表 by default, and shows them as published with the toggle off', async () => {
    const el = await table('收支总表');
    expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['1', '8', '10', '20', '32', '34']);
    expect(text($(el, '.hidden-count'))).to.equal('已隐藏 28 行无数据的行。');
    const box = $(el, 'input[type=checkbox]') as HTMLInputElement;
    expect(box.checked).to.equal(true);
    box.click();
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(34);
    expect(bodyRows(el)[30]).to.deep.equal(['31', '', '', '三十一、人行科目', '']);
  });

  it('marks a figure that fails reconciliation, with the explanation on focus', async () => {
    const el = await table('基本支出表');
    const flags = $$(el, '.flag');
    expect(flags.map((f) => f.querySelector('.v')!.textContent)).to.deep.equal(['332.42', '332.42', '31.73', '31.73']);
    const tip = el.shadowRoot!.getElementById(flags[0].getAttribute('aria-describedby')!)!;
    expect(tip.textContent).to.contain('301 工资福利支出（合计）公布为 332.42，其组成部分合计为 332.41');
    expect(getComputedStyle(tip).display).to.equal('none');
    flags[0].focus();
    expect(getComputedStyle(tip).display).to.equal('block');
    flags[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(getComputedStyle(tip).display).to.equal('none'); // dismissible without moving focus
    flags[0].blur();
    flags[0].focus();
    expect(getComputedStyle(tip).display).to.equal('block');
    expect($$(el, '.checks li')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('downloads exactly the published figures as CSV, UTF-8 with BOM', async () => {
    const el = await table('基本支出表');
    const { blob, bytes } = await capturedDownload(() => ($(el, '.controls button') as HTMLButtonElement).click());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('部门预算一般公共预算财政拨款基本支出表');
    expect(lines[1]).to.equal('编制部门：202保定市徐水区行政审批局,预算年度：2024');
    expect(lines[2]).to.equal('单位：万元');
    expect(lines[3]).to.equal('序号,部门经济分类科目·科目编码,部门经济分类科目·科目名称,基本支出·合计,基本支出·人员经费,基本支出·公用经费');
    expect(lines[4]).to.equal('1,,合计,364.16,332.43,31.73');
    expect(lines[5]).to.equal('2,301,工资福利支出,332.42,332.42,');
    expect(lines).to.have.length(20 + 4 + 1);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
  });

  it('renders the Shanghai department’s tables in 元 and its combined 三公/机关运行经费 table', async () => {
    const el = await table('支出总表', SHANGHAI);
    expect(text($(el, '.meta'))).to.equal('编制部门：上海市普陀区商务委员会 预算年度：2025 单位：元');
    const rows = bodyRows(el);
    expect(rows[0]).to.deep.equal(['', '合计', '371,514,655.00', '19,830,655.00', '351,684,000.00', '', '', '']);
    expect(rows).to.have.length(31);
    expect($$(el, 'thead tr.numbers')).to.have.length(0);
    const combined = await table('三公和机关运行经费表', SHANGHAI);
    expect(bodyRows(combined)[0]).to.deep.equal(['1.00', '', '1.00', '', '', '', '171.01']);
    expect(text($(combined, '.meta'))).to.contain('单位：万元');
    await expect(combined).to.be.accessible();
  });

  it('gives a clear error listing the valid names for an unknown table', async () => {
    const el = await table('总表');
    const alert = $(el, '[role=alert]');
    expect(text(alert)).to.contain('没有名为“总表”的标准表').and.contain('收支总表、收入总表、支出总表');
    await expect(el).to.be.accessible();
  });

  it('accepts the kind as well as the Chinese name, and speaks English', async () => {
    const el = await table('basicEconomic', SEED, 'lang="en"');
    expect(text($(el, '.meta'))).to.equal('Department: 202保定市徐水区行政审批局 Budget year: 2024 Unit: 10,000 yuan');
    expect($(el, '.meta [lang="zh-CN"]').textContent).to.equal('202保定市徐水区行政审批局');
    expect(text($(el, '.title'))).to.equal('General public budget appropriations: basic expenditure');
    expect(text($(el, '.published'))).to.equal('Published title: 部门预算一般公共预算财政拨款基本支出表');
    expect(text($(el, 'caption'))).to.equal('General public budget appropriations: basic expenditure (Unit: 10,000 yuan)');
    expect($$(el, 'thead tr:first-child th').map(text)).to.deep.equal(['No.', 'Economic classification', 'Basic expenditure']);
    expect($$(el, 'thead tr:nth-child(2) th').map(text)).to.deep.equal(['Code', 'Item', 'Total', 'Personnel costs', 'Office and operating costs']);
    // Names stay as published, marked as Chinese for screen readers and line breaking.
    const name = $$(el, 'tbody th[scope=row]').find((th) => text(th) === '工资福利支出')!;
    expect(name.querySelector('[lang="zh-CN"]')).to.not.equal(null);
    expect(text($(el, '.controls button'))).to.equal('Download CSV');
  });

  it('passes axe with the empty rows shown and hidden', async () => {
    const el = await table('收支总表');
    await expect(el).to.be.accessible();
    el.hideEmpty = false;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps a wide table inside its own scrolling frame when it is wider than the element', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><budget-table src=${`/${SEED}`} table="收入总表"></budget-table></div>`);
    const el = wrap.querySelector('budget-table')!;
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    expect(el.getBoundingClientRect().width).to.be.at.most(600);
    const frame = $(el, '.frame');
    expect(frame.scrollWidth).to.be.greaterThan(frame.clientWidth);
    expect(getComputedStyle($(el, 'tbody th')).position).to.equal('sticky');
    // In the wide layout the column labels are the header's; the cells' own are not shown.
    expect($(el, 'thead').getClientRects().length).to.be.greaterThan(0);
    expect($$(el, 'td.amount .label').every((l) => l.getClientRects().length === 0)).to.equal(true);
  });

  it('turns each row into a card of labelled figures in a 320 px element, and stays a table', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><budget-table src=${`/${SEED}`} table="收入总表"></budget-table></div>`);
    const el = wrap.querySelector('budget-table')!;
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    const frame = $(el, '.frame');
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
    expect($(el, 'thead').getClientRects().length).to.equal(0);
    const total = $(el, 'tbody tr.total');
    const lines = [...total.children].filter((c) => c.getClientRects().length).map((c) => text(c));
    expect(lines).to.deep.equal(['序号 1', '合计', '合计 598.78', '本年收入 · 小计 598.78', '本年收入 · 财政拨款收入 598.78']);
    expect(total.getAttribute('role')).to.equal('row');
    expect($(el, 'table').getAttribute('role')).to.equal('table');
    expect($(el, 'tbody th[scope=row]').getAttribute('role')).to.equal('rowheader');
    await expect(el).to.be.accessible();
  });
});

describe('<budget-table> on the Shanghai department', () => {
  const KINDS = [
    'summary',
    'income',
    'expenditure',
    'fiscalSummary',
    'generalPublicExpenditure',
    'governmentFundExpenditure',
    'stateCapitalExpenditure',
    'basicEconomic',
    'threePublicAndOperatingCosts',
  ];
  it('renders all nine of its tables, in 元 except the 三公/机关运行经费 table in 万元', async () => {
    for (const kind of KINDS) {
      const el = await fixture<BudgetTable>(`<budget-table src="/${SHANGHAI}" table="${kind}"></budget-table>`);
      await waitUntil(() => el.shadowRoot!.querySelector('table, [role=alert]'), kind);
      expect(el.shadowRoot!.querySelector('[role=alert]'), kind).to.equal(null);
      const unit = text(el.shadowRoot!.querySelector('.meta')!);
      expect(unit, kind).to.contain(kind === 'threePublicAndOperatingCosts' ? '单位：万元' : '单位：元');
      const rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
      expect(rows, kind).to.be.greaterThan(0);
    }
  });
});
