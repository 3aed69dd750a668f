import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-summary/define.js';
import '../../src/elements/budget-table/define.js';
import '../../src/elements/budget-tree/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/budget-document/define.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import type { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import { SEED } from '../helpers/files.js';

// Three real final accounts (部门决算), imported from their PDFs (test/fixtures/final/README.md).
const FINANCE = 'test/fixtures/final/shanghai-putuo-finance-2024-final.json';
const PLANNING = 'test/fixtures/final/shanghai-putuo-planning-2024-final.json';
const SOCIAL = 'test/fixtures/final/shanghai-putuo-social-work-2024-final.json';

async function summary(src: string, attrs = ''): Promise<BudgetSummary> {
  const el = await fixture<BudgetSummary>(`<budget-summary src="/${src}" ${attrs}></budget-summary>`);
  await waitUntil(() => el.shadowRoot!.querySelector('section, [role=alert]'), 'summary did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function table(src: string, name: string, attrs = ''): Promise<BudgetTable> {
  const el = await fixture<BudgetTable>(`<budget-table src="/${src}" table="${name}" ${attrs}></budget-table>`);
  await waitUntil(() => el.shadowRoot!.querySelector('table, [role=alert]'), 'table did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function tree(src: string, attrs = ''): Promise<BudgetTree> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width: 640px"><budget-tree src="/${src}" ${attrs}></budget-tree></div>`);
  const el = wrap.querySelector('budget-tree')!;
  await waitUntil(() => el.shadowRoot!.querySelector('path.arc, table'), 'tree did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement | null;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
const rows = (el: Element) =>
  $$(el, 'tbody tr')
    .filter((r) => r.getClientRects().length > 0)
    .map((r) => [...r.children].map((c) => text(c).replace(/※.*$/, '')));
const headers = (el: Element) => $$(el, 'thead th').map((th) => text(th));

describe('a final account (决算)', () => {
  it('<budget-summary> sets each budget against its 决算 with the rate as stated, and says where the figures give another', async () => {
    const el = await summary(PLANNING, 'sections="execution"');
    const part = text($(el, 'section[aria-labelledby="h-execution"]')!);
    expect(part).to.contain('一般公共预算财政拨款支出 年初预算 10,210.34万元 决算 9,746.50万元 完成预算的 95.45% （按上列两数计算为 95.46%）');
    expect(part).to.contain('“三公”经费 预算数 2.85万元 决算 0.39万元 完成预算的 13.68%');
    expect(part).to.contain('全部资金（年初 → 年末） 112.88万元 → 100.00万元');
    // Each bar has a name that says the figures; the rate is never told by the bar alone.
    const bars = $$(el, 'section[aria-labelledby="h-execution"] svg[role=img]').map((s) => s.getAttribute('aria-label'));
    expect(bars).to.deep.equal([
      '一般公共预算财政拨款支出：年初预算 10,210.34万元，决算 9,746.50万元，完成 95.45%',
      '“三公”经费：预算数 2.85万元，决算 0.39万元，完成 13.68%',
    ]);
  });

  it('<budget-summary> in English names the budget and the actual, and shows the fiscal carry-overs where printed', async () => {
    const el = await summary(FINANCE, 'sections="execution" lang="en"');
    const part = text($(el, 'section[aria-labelledby="h-execution"]')!);
    expect(part).to.contain(
      'General public budget appropriations spent Initial budget 29.94 million yuan Actual 29.40 million yuan 98.20% of the budget spent',
    );
    expect(part).to.contain('Of which fiscal appropriations (start → end of year) 216,300 yuan → 216,300 yuan');
    expect(part).to.not.match(/[\u4e00-\u9fff]/);
  });

  it('<budget-summary> of a budget has no execution part', async () => {
    const el = await summary(SEED);
    expect($(el, 'section[aria-labelledby="h-execution"]') === null).to.equal(true);
  });

  it('<budget-summary> sets the 全年预算 against the 决算 where the text states both (社工部: 年初预算 0, 全年预算 321.02), and has no “三公” line for an empty 三公 table', async () => {
    const el = await summary(SOCIAL, 'sections="execution"');
    const part = text($(el, 'section[aria-labelledby="h-execution"]')!);
    expect(part).to.equal('预算执行 一般公共预算财政拨款支出 全年预算 321.02万元 决算 307.82万元 完成预算的 95.89%');
  });

  it('<budget-table> shows the 收入支出决算总表 with its 决算 lines, a 类 line as printed and marked', async () => {
    const el = await table(FINANCE, 'summary');
    expect(headers(el)).to.deep.equal(['收入', '支出', '项目', '决算数', '项目', '决算数']);
    const body = rows(el);
    expect(body).to.deep.include(['八、其他收入', '6.20', '八、社会保障和就业支出', '326.71']);
    expect(body).to.deep.include(['年初结转和结余', '49.14', '年末结转和结余', '55.34']);
    expect(body.at(-1)).to.deep.equal(['收入总计', '2,995.39', '支出总计', '2,995.39']);
    // The line printed 0.01 off its 类 is marked, and the finding under the table says by how much.
    expect(text(el.shadowRoot!.querySelector('ul')!)).to.contain('公布为 326.71，其组成部分合计为 326.72，相差 -0.01；在舍位误差范围内');
  });

  it('<budget-table> shows the 收入决算表 from income by code, apart from what was spent', async () => {
    const el = await table(PLANNING, 'income');
    // Its columns as printed, in the printed order.
    expect(headers(el).filter((h) => /收入/.test(h))).to.deep.equal([
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
    const body = rows(el);
    const city = body.find((r) => r[0] === '212')!;
    expect(city).to.deep.equal(['212', '城乡社区支出', '3,832.36', '3,832.36', '', '', '', '', '']);
    const spent = await table(PLANNING, 'expenditure');
    expect(rows(spent).find((r) => r[0] === '212')).to.deep.equal(['212', '城乡社区支出', '3,845.24', '1,585.59', '2,259.65', '', '', '']);
  });

  it('<budget-table> shows the 三公 决算 table with 预算数 | 决算数 under each item, as printed', async () => {
    const el = await table(PLANNING, 'threePublic');
    expect(headers(el).slice(0, 6)).to.deep.equal([
      '合计',
      '因公出国（境）费',
      '公务用车购置及运行维护费 小计',
      '公务用车购置费',
      '公务用车运行维护费',
      '公务接待费',
    ]);
    expect(rows(el)).to.deep.equal([['2.85', '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '2.85', '0.39']]);
  });

  it('<budget-table> shows the 基本支出决算表 as one list with 人员经费合计 and 公用经费合计', async () => {
    const el = await table(SOCIAL, 'basicEconomic');
    expect(headers(el)).to.include('决算数').and.not.include('人员经费');
    const body = rows(el);
    expect(body.slice(-2).map((r) => r.slice(1))).to.deep.equal([
      ['人员经费合计', '95.36'],
      ['公用经费合计', '10.23'],
    ]);
  });

  it('<budget-table> keeps an empty 政府性基金 决算 table with its printed columns and note', async () => {
    const el = await table(PLANNING, 'governmentFundExpenditure');
    expect(headers(el)).to.include.members(['年初结转和结余', '本年收入', '年末结转和结余']);
    expect(text(el.shadowRoot!.querySelector('p.note, .note') ?? el)).to.contain('没有政府性基金预算财政拨款收入和支出');
  });

  it('<budget-tree variance> colours each arc by its execution rate and says every rate in words: legend, tooltip, table', async () => {
    const el = await tree(FINANCE, 'variance');
    const legend = text($(el, '[part=legend]')!);
    // 财政局 2024: its 11 项 lines state their budgets, so all 19 arcs have a rate (款 and 类 added from their 项).
    expect(legend).to.equal('低于 80%（0 项） 80%–95%（0 项） 95%–100%（19 项） 超过 100%（0 项） 未列预算（0 项）');
    // 规划局 2024: three 项 lines name their 款 otherwise than the tables (so no code), and their 款 and 类 get no rate either.
    const planning = await tree(PLANNING, 'variance');
    expect(text($(planning, '[part=legend]')!)).to.equal('低于 80%（0 项） 80%–95%（4 项） 95%–100%（10 项） 超过 100%（0 项） 未列预算（10 项）');
    const arc = $(el, 'path.arc[data-id$="2010601"]') ?? $$(el, 'path.arc').find((p) => p.getAttribute('aria-label')?.includes('行政运行'))!;
    expect(arc.getAttribute('fill')).to.equal('#56B4E9');
    // The table twin gives each line's budget and rate as text.
    el.view = 'table';
    await el.updateComplete;
    const row = rows(el).find((r) => r[0] === '2010601')!;
    expect(row.slice(-2)).to.deep.equal(['1,560.05', '96.91%']);
    expect(headers(el).slice(-2)).to.deep.equal(['年初预算', '执行率']);
  });

  it('<budget-tree variance> of a budget draws its usual colours and no legend', async () => {
    const el = await tree(SEED, 'variance');
    expect($(el, '[part=legend]') === null).to.equal(true);
    expect(new Set($$(el, 'path.arc').map((p) => p.getAttribute('fill'))).size).to.be.greaterThan(3);
  });

  it('<budget-tree variance plan-src> sets each line’s 决算 against the budget file’s 预算数 and lists the lines it cannot match', async () => {
    const el = await tree(FINANCE, 'variance plan-src="/test/fixtures/final/synthetic-finance-2024-plan.json"');
    await waitUntil(() => $(el, '.plan-note'), 'no plan note', { timeout: 5000 });
    const notes = $$(el, '.plan-note, .plan-list').map(text);
    expect(notes).to.deep.equal([
      '执行率按预算文件的预算数计算，8 个科目两份文件都有。',
      '只见于预算、决算中没有的科目 1 个：',
      '2010650 事业运行',
      '只见于决算、预算中没有的科目 11 个（无执行率）：',
      '2010607 信息化建设 2010608 财政委托业务支出 2080501 行政单位离退休 2080599 其他行政事业单位养老支出 210 卫生健康支出 21011 行政事业单位医疗 2101101 行政单位医疗 221 住房保障支出 22102 住房改革支出 2210201 住房公积金 2210203 购房补贴',
      '两份文件名称不同的科目 1 个（按编码对照）：',
      '2080505 机关事业单位基本养老保险缴费 → 机关事业单位基本养老保险缴费支出',
    ]);
    el.view = 'table';
    await el.updateComplete;
    // 1,560.05万元 in the budget (15,600,500.00元), 1,511.89万元 spent: 96.91%.
    expect(
      rows(el)
        .find((r) => r[0] === '2010601')!
        .slice(-2),
    ).to.deep.equal(['1,560.05', '96.91%']);
    expect(
      rows(el)
        .find((r) => r[0] === '2080599')!
        .slice(-2),
    ).to.deep.equal(['未列预算', '–']);
  });

  it('<budget-tree variance plan-src> says when the budget file is of another year, and keeps the stated budgets', async () => {
    const el = await tree(FINANCE, 'variance plan-src="/test/fixtures/final/synthetic-finance-2025-plan.json"');
    await waitUntil(() => $(el, '.plan-note'), 'no plan note', { timeout: 5000 });
    expect(text($(el, '.plan-note[role=alert]')!)).to.equal('预算文件与本决算不能对照（年度不同），执行率按决算说明所列年初预算计算。');
    expect(text($(el, '[part=legend]')!)).to.contain('95%–100%（19 项）');
  });

  it('<budget-tree variance plan-src> of a file that is not there says so, and the chart stays', async () => {
    const el = await tree(FINANCE, 'variance plan-src="/no-such-plan.json"');
    await waitUntil(() => $(el, '.plan-note'), 'no plan note', { timeout: 5000 });
    expect(text($(el, '.plan-note[role=alert]')!)).to.match(/^预算文件无法加载，执行率按决算说明所列年初预算计算：.*404/);
    expect($$(el, 'path.arc').length).to.be.greaterThan(10);
  });

  it('<kpi-card> without a project shows the 绩效自评 a final account states', async () => {
    const el = await fixture<HTMLElement>(`<kpi-card src="/${PLANNING}"></kpi-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.self-evaluation'), 'no self-evaluation', { timeout: 5000 });
    expect(text(el.shadowRoot!.querySelector('.self-evaluation')!)).to.equal(
      '绩效自评 自评项目 39 个 涉及预算金额 4,415.48万元 平均得分 99.33 分 评级 “优” 39 个、“良” 0 个、“合格” 0 个、“不合格” 0 个',
    );
    await expect(el).to.be.accessible();
  });

  it('passes axe in each element on a final account', async () => {
    for (const el of [await summary(FINANCE), await table(FINANCE, 'threePublic'), await table(PLANNING, 'fiscalSummary'), await tree(FINANCE, 'variance')])
      await expect(el).to.be.accessible();
  });

  it('<budget-summary plan-src> sets the budget file’s whole year against the 决算, and says when the file is of another year', async () => {
    const el = await summary(FINANCE, 'sections="execution" plan-src="/test/fixtures/final/synthetic-finance-2024-plan.json"');
    await waitUntil(() => text($(el, 'section[aria-labelledby="h-execution"]')!).includes('对照预算文件'), 'no planned line', { timeout: 5000 });
    const part = text($(el, 'section[aria-labelledby="h-execution"]')!);
    // The synthetic budget's 18,932,000.00元, restated exactly: 1,893.2万元.
    expect(part).to.contain('本年支出（对照预算文件） 预算数 1,893.2万元 决算 2,940.05万元 完成预算的 155.30% 一般公共预算财政拨款支出');
    const other = await summary(FINANCE, 'sections="execution" plan-src="/test/fixtures/final/synthetic-finance-2025-plan.json"');
    await waitUntil(() => $(other, '[role=alert]'), 'no alert', { timeout: 5000 });
    expect(text($(other, '[role=alert]')!)).to.equal('所给预算文件不能与本决算对照：年度不同。');
    expect(text($(other, 'section[aria-labelledby="h-execution"]')!)).to.contain('一般公共预算财政拨款支出 年初预算 2,993.92万元');
  });

  it('<budget-document> of a final account names its parts as the 决算 does and puts each table’s explanation with the explanation', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div><budget-document src="/${FINANCE}"></budget-document></div>`);
    const el = wrap.querySelector('budget-document')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.toc'), 'the document did not render', { timeout: 8000 });
    await el.updateComplete;
    const toc = [...el.shadowRoot!.querySelectorAll('.toc > ol > li > a')].map((a) => text(a));
    expect(toc.slice(0, 3)).to.deep.equal(['部门概况', '部门决算表', '部门决算情况说明']);
    const explanation = el.shadowRoot!.querySelector('#explanation')!;
    expect(text(explanation)).to.contain('五、一般公共预算财政拨款支出决算情况说明').and.contain('年初预算为2993.92万元');
  });
});
