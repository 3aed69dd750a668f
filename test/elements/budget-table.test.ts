import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-table/define.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { capturedDownload, json, SEED, SHANGHAI } from '../helpers/files.js';

async function table(name: string, src = SEED, extra = ''): Promise<BudgetTable> {
  const el = await fixture<BudgetTable>(`<budget-table src="/${src}" table="${name}" ${extra}></budget-table>`);
  await waitUntil(() => el.shadowRoot!.querySelector('table, [role=alert]'), 'table did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
// The rows a reader sees (a two-sided table's sides are drawn for phones only).
const bodyRows = (el: Element) =>
  $$(el, 'tbody tr')
    .filter((r) => r.getClientRects().length > 0)
    .map((r) => [...r.children].map((c) => text(c).replace(/※.*$/, '')));

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
    // The three amount columns the PDF prints (its layout's columns), not the national template's six; its 合计 last, as printed.
    expect(rows.at(-1)).to.deep.equal(['', '合计', '371,514,655.00', '19,830,655.00', '351,684,000.00']);
    expect(rows[0]).to.deep.equal(['201', '一般公共服务支出', '21,601,733.00', '12,291,733.00', '9,310,000.00']);
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

describe('<budget-table>: a two-sided table on a phone', () => {
  it('shows the income side’s cards, then the expenditure side’s, so that no card pairs an income line with an expenditure line', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><budget-table src=${`/${SHANGHAI}`} table="summary"></budget-table></div>`);
    const el = wrap.querySelector('budget-table')!;
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    await el.updateComplete;
    // The printed table gives way to its two sides, each under its heading.
    expect($(el, 'table.two-sided').getClientRects().length).to.equal(0);
    const sides = $$(el, 'table.side').filter((t) => t.getClientRects().length > 0);
    expect(sides.map((t) => text(t.querySelector('caption')!))).to.deep.equal(['本年收入', '本年支出']);
    const cards = (t: Element) => [...t.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(cards(sides[0])).to.deep.equal([
      '一、财政拨款收入 预算数 371,514,655.00',
      '1.一般公共预算资金 预算数 371,514,655.00',
      '2.政府性基金',
      '3.国有资本经营预算',
      '二、事业收入',
      '三、事业单位经营收入',
      '四、其他收入',
      '收入总计 预算数 371,514,655.00',
    ]);
    expect(cards(sides[1])[0]).to.equal('一、一般公共服务支出 预算数 21,601,733.00');
    expect(cards(sides[1]).at(-1)).to.equal('支出总计 预算数 371,514,655.00');
    for (const card of cards(sides[0])) expect(card).to.not.match(/支出/);
    // Each side is a table to a screen reader, named by its heading.
    expect(sides[1].getAttribute('role')).to.equal('table');
    expect(sides[1].getAttribute('aria-labelledby')).to.equal(sides[1].querySelector('caption')!.id);
    await expect(el).to.be.accessible();
  });

  it('shows the printed table, not its sides, when it is wide, under the headers it prints; in English the kit’s words for them', async () => {
    const el = await table('summary', SHANGHAI);
    expect($(el, 'table.two-sided').getClientRects().length).to.be.greaterThan(0);
    expect($$(el, 'table.side').filter((t) => t.getClientRects().length > 0)).to.have.length(0);
    const head = $$(el, 'table.two-sided thead tr').map((r) => [...r.children].map((c) => text(c)));
    expect(head).to.deep.equal([
      ['本年收入', '本年支出'],
      ['项目', '预算数', '项目', '预算数'],
    ]);
    const fiscal = await table('fiscalSummary', SHANGHAI, 'lang="en"');
    const enHead = $$(fiscal, 'table.two-sided thead tr').map((r) => [...r.children].map((c) => text(c)));
    expect(enHead[1]).to.deep.equal(['Item', 'Budget', 'Item', 'Total', 'General public budget', 'Government funds', 'State capital operations']);
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

describe('<budget-table> of the assets and 机构设置 tables, and the combined 三公 header', () => {
  const head = (el: Element) => $$(el, 'thead tr').map((r) => [...r.children].map((c) => text(c)));
  const cards = (el: Element) =>
    $$(el, 'tbody tr').map((r) => [...r.children].filter((c) => c.getClientRects().length).map((c) => text(c).replace(/※.*$/, '')));

  /** The founding department with items in its assets table (the published one is empty). */
  async function withItems(): Promise<BudgetDocument> {
    const doc = await json<BudgetDocument>(SEED);
    doc.assets = { ...doc.assets, items: [{ name: '车辆', quantity: '2', value: '35.50' }, { name: '办公家具' }] };
    return doc;
  }

  it('shows the founding department’s empty assets table with its columns, date and note, by name or kind', async () => {
    for (const name of ['固定资产表', 'assets']) {
      const el = await table(name);
      expect($(el, '[role=alert]'), name).to.equal(null);
      expect(text($(el, '.title'))).to.equal('部门固定资产占用情况表');
      expect(head(el)).to.deep.equal([['项目', '数量', '价值']]);
      expect(text($(el, 'tbody'))).to.equal('本表无数据。');
      expect(text($(el, '.meta'))).to.equal('编制部门：202保定市徐水区行政审批局 预算年度：2024 截止时间：2023-12-31 单位：万元');
      expect(text($(el, '.note'))).to.equal('注：无固定资产占用情况，空表列示。');
      await expect(el).to.be.accessible();
    }
  });

  it('shows each asset item of the JSON with its figures, and empty cells where it has none', async () => {
    const el = await fixture<BudgetTable>(html`<budget-table .data=${await withItems()} table="assets"></budget-table>`);
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    expect(bodyRows(el)).to.deep.equal([
      ['车辆', '2', '35.50'],
      ['办公家具', '', ''],
    ]);
    expect($(el, 'input[type=checkbox]')).to.not.equal(null);
  });

  it('speaks English in the assets table’s title and headers, and keeps the items as published', async () => {
    const el = await fixture<BudgetTable>(html`<budget-table .data=${await withItems()} table="assets" lang="en"></budget-table>`);
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    expect(text($(el, '.title'))).to.equal('Fixed assets in use');
    expect(text($(el, '.published'))).to.equal('Published title: 部门固定资产占用情况表');
    expect(head(el)).to.deep.equal([['Item', 'Quantity', 'Value']]);
    expect(text($(el, '.meta')))
      .to.contain('As of: 2023-12-31')
      .and.contain('Unit: 10,000 yuan');
    expect($(el, 'tbody th[scope=row] [lang="zh-CN"]').textContent).to.equal('车辆');
  });

  it('turns each asset item into a card of labelled figures at 320 px', async () => {
    const doc = await withItems();
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><budget-table .data=${doc} table="assets"></budget-table></div>`);
    const el = wrap.querySelector('budget-table')!;
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    expect($(el, 'thead').getClientRects().length).to.equal(0);
    expect(cards(el)).to.deep.equal([['车辆', '数量 2', '价值 35.50'], ['办公家具']]);
  });

  it('shows 部门机构设置情况 as a table of words: its published headers, a row per unit, no unit line', async () => {
    for (const name of ['机构设置表', 'organization']) {
      const el = await table(name);
      expect($(el, '[role=alert]'), name).to.equal(null);
      expect(text($(el, '.title'))).to.equal('部门机构设置情况');
      expect(head(el)).to.deep.equal([['单位名称', '单位性质', '单位规格', '经费保障形式']]);
      expect(bodyRows(el)).to.deep.equal([['保定市徐水区行政审批局本级', '行政', '正科级', '财政拨款']]);
      expect(text($(el, '.meta'))).to.equal('编制部门：202保定市徐水区行政审批局 预算年度：2024');
      expect(text($(el, 'caption'))).to.equal('部门机构设置情况');
      // No figures, so no rows to hide.
      expect($(el, 'input[type=checkbox]')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('speaks English in the 机构设置 headers, and downloads its rows as CSV', async () => {
    const el = await table('organization', SEED, 'lang="en"');
    expect(text($(el, '.title'))).to.equal('Organization');
    expect(head(el)).to.deep.equal([['Unit', 'Type of unit', 'Rank', 'Funding']]);
    expect($(el, 'tbody th[scope=row] [lang="zh-CN"]').textContent).to.equal('保定市徐水区行政审批局本级');
    const lines = el
      .csv()
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines.slice(0, 4)).to.deep.equal([
      '部门机构设置情况',
      'Department: 202保定市徐水区行政审批局,Budget year: 2024',
      '单位名称,单位性质,单位规格,经费保障形式',
      '保定市徐水区行政审批局本级,行政,正科级,财政拨款',
    ]);
  });

  it('turns each unit into a card of its labelled fields at 320 px, without its empty ones', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><budget-table src=${`/${SHANGHAI}`} table="organization"></budget-table></div>`);
    const el = wrap.querySelector('budget-table')!;
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    expect(cards(el)).to.deep.equal([
      [
        '上海市普陀区商务委员会（本部）',
        '单位性质 行政',
        '说明 上海市普陀区商务委员会机关设9个内设机构，包括：办公室、综合调研科、商业发展科、市场秩序科（粮食和物资储备科）、产业发展科、企业服务科、经济运行科、外经促进科、贸易发展科。',
      ],
      ['上海市普陀区中小企业服务中心', '单位性质 事业', '说明 不单列预算'],
    ]);
    const frame = $(el, '.frame');
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
  });

  it('builds the combined 三公/机关运行经费 table’s header as published: “三公”经费 over its items, 公务用车 over its three', async () => {
    const el = await table('threePublicAndOperatingCosts', SHANGHAI);
    expect(head(el)).to.deep.equal([
      ['“三公”经费预算数', '机关运行经费预算数'],
      ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费'],
      ['小计', '购置费', '运行费'],
    ]);
    const [top, middle] = $$(el, 'thead tr').map((r) => [...r.children] as HTMLTableCellElement[]);
    // The group spans its six figures; 机关运行经费 spans the three header rows beside it.
    expect(top!.map((c) => [c.colSpan, c.rowSpan])).to.deep.equal([
      [6, 1],
      [1, 3],
    ]);
    expect(top![0]!.getAttribute('scope')).to.equal('colgroup');
    expect(middle!.map((c) => [c.colSpan, c.rowSpan])).to.deep.equal([
      [1, 2],
      [1, 2],
      [1, 2],
      [3, 1],
    ]);
    const cols = $$(el, 'tbody tr')[0]!.children.length;
    expect(top!.reduce((n, c) => n + c.colSpan, 0)).to.equal(cols);
    expect(bodyRows(el)[0]).to.deep.equal(['1.00', '', '1.00', '', '', '', '171.01']);
    await expect(el).to.be.accessible();
  });

  it('names each figure of the combined table by its groups in the 320 px cards, in both languages', async () => {
    for (const [lang, expected] of [
      ['zh-CN', ['“三公”经费预算数 · 合计 1.00', '“三公”经费预算数 · 公务接待费 1.00', '机关运行经费预算数 171.01']],
      [
        'en',
        [
          '“Three public” costs, budget · Total 1.00',
          '“Three public” costs, budget · Official reception 1.00',
          'Operating costs of the offices, budget 171.01',
        ],
      ],
    ] as const) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><budget-table src=${`/${SHANGHAI}`} table="threePublicAndOperatingCosts" lang=${lang}></budget-table></div>`,
      );
      const el = wrap.querySelector('budget-table')!;
      await waitUntil(() => el.shadowRoot!.querySelector('table'));
      expect(cards(el)[0], lang).to.deep.equal(expected);
      const labels = $$(el, 'td.amount .label').map((l) => text(l));
      expect(labels[4], lang).to.equal(
        lang === 'en'
          ? '“Three public” costs, budget · Official vehicles: purchase and running · Purchase'
          : '“三公”经费预算数 · 公务用车购置及运行费 · 购置费',
      );
    }
  });
});
