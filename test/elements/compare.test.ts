import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-summary/define.js';
import '../../src/elements/budget-table/define.js';
import '../../src/elements/budget-tree/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/procurement-table/define.js';
import '../../src/elements/budget-document/define.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import type { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import { clone, json, SEED } from '../helpers/files.js';

// A real pair of years: 万里街道's 2023 and 2024 budgets, imported from their PDFs (both in 元).
const WANLI_2023 = '/data/shanghai-putuo-wanli-2023-budget.json';
const WANLI_2024 = '/data/shanghai-putuo-wanli-2024-budget.json';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement | null;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element | null) => ((e as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

/**
 * Two years of one made-up department: 2025 in 万元, 2024 in 元. 2010301 is in both; 2010302 is named
 * otherwise in 2024; 2010350 is in 2024 only; 2010399 is new in 2025.
 */
function pair(): { now: Record<string, unknown>; before: Record<string, unknown> } {
  const item = (code: string, name: string, total: string) => ({ code, name, amounts: { total } });
  const now = {
    schemaVersion: '1.0.0',
    meta: { department: { name: '示例局' }, fiscalYear: 2025, phase: 'budget', unit: '万元' },
    income: { total: '120.00', bySource: { generalPublicBudget: '120.00' } },
    expenditure: {
      total: '120.00',
      functionalTotal: { total: '120.00' },
      functional: [
        item('201', '一般公共服务支出', '120.00'),
        item('20103', '政府办公厅（室）及相关机构事务', '120.00'),
        item('2010301', '行政运行', '66.00'),
        item('2010302', '一般行政管理事务', '44.00'),
        item('2010399', '其他政府办公厅（室）及相关机构事务支出', '10.00'),
      ],
    },
  };
  const before = {
    schemaVersion: '1.0.0',
    meta: { department: { name: '示例局' }, fiscalYear: 2024, phase: 'budget', unit: '元' },
    income: { total: '1000000', bySource: { generalPublicBudget: '1000000' } },
    expenditure: {
      total: '1000000',
      functionalTotal: { total: '1000000' },
      functional: [
        item('201', '一般公共服务支出', '1000000'),
        item('20103', '政府办公厅（室）及相关机构事务', '1000000'),
        item('2010301', '行政运行', '600000'),
        item('2010302', '一般行政管理事务（机关）', '385000'),
        item('2010350', '事业运行', '15000'),
      ],
    },
  };
  return { now, before };
}

async function summary(attrs: string, props: Partial<BudgetSummary> = {}): Promise<BudgetSummary> {
  const el = await fixture<BudgetSummary>(`<budget-summary ${attrs}></budget-summary>`);
  Object.assign(el, props);
  await waitUntil(() => $(el, 'section[aria-labelledby="h-compare"] dl, [role=alert]'), 'no comparison', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('compare-src: a department against its file of another year', () => {
  it('<budget-summary> gives each headline of 万里街道 2024 against its 2023 file, and checks the changes the text states', async () => {
    const el = await summary(`src="${WANLI_2024}" compare-src="${WANLI_2023}"`);
    const part = text($(el, 'section[aria-labelledby="h-compare"]'));
    expect(part).to.contain('与2023年对比');
    expect(part).to.contain('与2023年预算对比');
    // 156,211,123元 against 164,978,640元: 8,767,517元 less, −5.31%.
    expect(part).to.match(/支出 1\.56亿元 · 上年数 1\.65亿元 较上年减少 876\.75万元（-5\.31%）/);
    expect(part).to.match(/“三公”经费 47\.91万元 · 上年数 22\.91万元 较上年增加 25\.00万元（\+109\.12%）/);
    // 33 项 lines compare with 2023年当年预算执行数, which a budget file does not give: not checked, and said.
    expect(part).to.contain('所写的比上年增减 39 项，其中 6 项已与2023年文件核对（R-YEAR-01）');
    const changes = text($(el, 'section[aria-labelledby="h-changes"]'));
    expect(changes).to.contain('与2023年文件相符（舍位差异）');
    expect(changes).to.match(/“三公”经费： 较上年增加 25万元 .*与2023年文件相符 /);
    // The headline says its change from the two files, and that it is computed.
    expect(text($(el, 'section[aria-labelledby="h-totals"]'))).to.contain('较上年减少 876.75万元（-5.31%） (按本年与2023年文件计算)');
  });

  it('<budget-summary> names a stated change the other file contradicts', async () => {
    const now = clone(await json<Record<string, any>>(WANLI_2024.slice(1)));
    now.changes[0].change = '-800.00';
    const el = await summary('', { data: now, compare: await json(WANLI_2023.slice(1)) } as Partial<BudgetSummary>);
    await waitUntil(() => text($(el, 'section[aria-labelledby="h-changes"]')).includes('不符'), 'no disagreement shown');
    expect(text($(el, 'section[aria-labelledby="h-changes"]'))).to.match(
      /与2023年文件不符：财政拨款收入的增减（本年数减2023年文件中的数）公布为 -800\.00，其组成部分合计为 -876\.75，相差 \+76\.75。/,
    );
  });

  it('refuses another department’s file or the same year’s, in words, and says when the file cannot be loaded', async () => {
    const other = clone(await json<Record<string, any>>(SEED));
    other.meta.fiscalYear = 2023;
    const el = await summary(`src="${WANLI_2024}" sections="compare"`, { compare: other } as Partial<BudgetSummary>);
    expect(text($(el, '[part=compare]'))).to.equal('所给文件不能与本文件对比：不是同一部门。');
    const same = await summary(`src="${WANLI_2024}" compare-src="${WANLI_2024}" sections="compare"`);
    expect(text($(same, '[part=compare]'))).to.equal('所给文件不能与本文件对比：是同一年度。');
    const missing = await summary(`src="${WANLI_2024}" compare-src="/data/no-such-file.json" sections="compare" lang="en"`);
    expect(text($(missing, '[part=compare]'))).to.match(/^The other year’s file cannot be loaded: .*404/);
    // The year's own figures are still all there.
    expect(text($(missing, '[part=compare]'))).to.not.equal('');
  });

  it('<budget-table> adds 上年数 | 增减 | 增减% with the other year restated from 元, and lists lines in one year only and renamed codes', async () => {
    const { now, before } = pair();
    const el = await fixture<BudgetTable>('<budget-table table="支出总表"></budget-table>');
    el.data = now;
    el.compare = before;
    await waitUntil(() => $(el, '[part=compare] ul'), 'no compare notes', { timeout: 5000 });
    const head = $$(el, 'thead th').map((th) => text(th));
    expect(head).to.include.members(['上年数', '增减', '增减%']);
    const rows = $$(el, 'table:not(.side) tbody tr').map((r) => [...r.children].map((c) => text(c)));
    const row = (code: string) => rows.find((r) => r.some((c) => c.endsWith(code)))!;
    expect(row('2010301').slice(-3).join(' | ')).to.match(/60\.00 \| 6\.00 \| \+10\.00%$/);
    expect(row('2010399').slice(-3).join(' | ')).to.match(/ \| {2}\| $/);
    const notes = text($(el, '[part=compare]'));
    expect(notes).to.contain('2024年文件以元为单位，已精确换算为万元。');
    expect(notes).to.contain('2024年有、本年没有的科目 1 个： 2010350 事业运行 1.50万元');
    expect(notes).to.contain('本年新增、2024年没有的科目 1 个： 2010399 其他政府办公厅（室）及相关机构事务支出');
    expect(notes).to.contain('编码相同、名称与2024年不同的科目 1 个（按编码对比）： 2010302 一般行政管理事务（机关） → 一般行政管理事务');
    // The CSV holds the same columns.
    expect(el.csv()).to.match(/上年数,增减,增减%/);
  });

  it('<budget-table> says a two-sided table is not compared row by row', async () => {
    const el = await fixture<BudgetTable>(`<budget-table src="${WANLI_2024}" compare-src="${WANLI_2023}" table="收支总表"></budget-table>`);
    await waitUntil(() => $(el, '[part=compare]'), 'no note', { timeout: 5000 });
    expect(text($(el, '[part=compare]'))).to.contain('本表收入、支出两栏对照，不逐行对比');
  });

  it('<budget-tree changes> colours each arc by its change, counts the bands in the legend, and gives the figures in the tooltip and the table', async () => {
    const { now, before } = pair();
    const wrap = await fixture<HTMLDivElement>('<div style="width: 640px"><budget-tree changes depth="3"></budget-tree></div>');
    const el = wrap.querySelector('budget-tree') as BudgetTree;
    el.data = now;
    el.compare = before;
    await waitUntil(() => $(el, '[part=legend]'), 'no legend', { timeout: 5000 });
    const legend = $$(el, '[part=legend] li').map((li) => text(li));
    // 201 and 20103: 120 against 100 (+20%); 2010301 +10%; 2010302 44 against 38.5 (+14.29%); 2010399 new.
    expect(legend).to.deep.equal([
      '减少 10% 以上（0 项）',
      '减少不到 10%（0 项）',
      '持平（0 项）',
      '增加不到 10%（0 项）',
      '增加 10% 以上（4 项）',
      '本年新增（1 项）',
    ]);
    const arc = $$(el, 'path.arc').find((p) => p.getAttribute('data-id') === '2010399')!;
    arc.focus();
    await waitUntil(() => text($(el, '[part=tooltip]')).includes('上年数'), 'no tooltip');
    expect(text($(el, '[part=tooltip]'))).to.contain('上年数 本年新增');
    const a301 = $$(el, 'path.arc').find((p) => p.getAttribute('data-id') === '2010301')!;
    a301.focus();
    await waitUntil(() => text($(el, '[part=tooltip]')).includes('行政运行'), 'no tooltip for 2010301');
    expect(text($(el, '[part=tooltip]'))).to.contain('上年数 60.00万元');
    expect(text($(el, '[part=tooltip]'))).to.contain('增减 较上年增加 6.00万元（+10.00%）');
    ($(el, '[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    const head = $$(el, 'thead th').map((th) => text(th));
    expect(head.slice(-3)).to.deep.equal(['上年数', '增减', '增减%']);
    const r = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    expect(r.find((x) => x[0] === '2010301')!.slice(-3)).to.deep.equal(['60.00', '+6.00', '+10.00%']);
    expect(r.find((x) => x[0] === '2010399')!.slice(-3)).to.deep.equal(['本年新增', '–', '–']);
    expect(text($(el, '[part=compare]'))).to.contain('2024年有、本年没有的科目 1 个： 2010350 事业运行');
  });

  it('<budget-tree> in English compares 万里街道 2024 with 2023, naming the years', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div style="width: 640px"><budget-tree src="${WANLI_2024}" compare-src="${WANLI_2023}" changes lang="en"></budget-tree></div>`,
    );
    const el = wrap.querySelector('budget-tree') as BudgetTree;
    await waitUntil(() => $(el, '[part=legend]'), 'no legend', { timeout: 5000 });
    expect($(el, '[part=legend]')!.getAttribute('aria-label')).to.equal('Change on 2023');
    const notes = text($(el, '[part=compare]'));
    expect(notes).to.contain('Compared with the 2023 budget.');
    expect(notes).to.contain('3 lines in 2023, not this year:');
    expect(notes).to.contain('3 lines new this year, not in 2023:');
  });

  it('passes axe in each element with another year compared, in both languages', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const sum = await summary(`src="${WANLI_2024}" compare-src="${WANLI_2023}" lang="${lang}"`);
      await expect(sum).to.be.accessible();
      const table = await fixture<BudgetTable>(`<budget-table src="${WANLI_2024}" compare-src="${WANLI_2023}" table="支出总表" lang="${lang}"></budget-table>`);
      await waitUntil(() => $(table, '[part=compare] ul'), 'no compare notes', { timeout: 5000 });
      await expect(table).to.be.accessible();
      const wrap = await fixture<HTMLDivElement>(
        `<div style="width: 640px"><budget-tree src="${WANLI_2024}" compare-src="${WANLI_2023}" changes lang="${lang}"></budget-tree></div>`,
      );
      const tree = wrap.querySelector('budget-tree') as BudgetTree;
      await waitUntil(() => $(tree, '[part=legend]'), 'no legend', { timeout: 5000 });
      await expect(tree).to.be.accessible();
      tree.view = 'table';
      await tree.updateComplete;
      await expect(tree).to.be.accessible();
    }
  });

  it('<kpi-card> and <procurement-table> set each project and the procurement against the other year; <budget-document> passes the year to its parts', async () => {
    const now = await json<Record<string, any>>(SEED);
    const before = clone(now);
    before.meta.fiscalYear = 2023;
    before.meta.unit = '元';
    // Last year in 元: the first project 40.00万元, the second absent; procurement 50.00万元, all of it services (C).
    before.projects = [{ ...before.projects[0], budget: { total: '400000' } }];
    before.procurement = { total: { total: '500000' }, items: [{ ...before.procurement.items[0], amounts: { total: '500000' } }] };
    const kpi = await fixture<HTMLElement & { data?: unknown; compare?: unknown }>('<kpi-card project="*"></kpi-card>');
    kpi.data = now;
    kpi.compare = before;
    await waitUntil(() => $(kpi, '.year-change'), 'no change on the cards', { timeout: 5000 });
    const cards = $$(kpi, 'article').map((a) => text(a.querySelector('.year-change')));
    expect(cards[0]).to.equal('较上年增加 2.25万元（+5.63%）');
    expect(cards[1]).to.equal('2023年文件中没有同名或同编码的项目');
    expect(text($(kpi, '[part=compare]'))).to.contain('2023年文件以元为单位，已精确换算为万元。');
    const proc = await fixture<HTMLElement & { data?: unknown; compare?: unknown }>('<procurement-table lang="en"></procurement-table>');
    proc.data = now;
    proc.compare = before;
    await waitUntil(() => $(proc, '.year-change'), 'no change of procurement', { timeout: 5000 });
    const lines = $$(proc, '.year-change li').map((li) => text(li));
    expect(lines[0]).to.equal('Total: Up 22,500 yuan on last year (+4.50%)');
    expect(lines).to.include('Goods: nothing to compare');
    expect(lines.find((l) => l.startsWith('Services'))).to.match(/^Services: Down .* on last year/);
    const doc = await fixture<HTMLElement & { data?: unknown; compare?: unknown }>('<budget-document></budget-document>');
    doc.data = now;
    doc.compare = before;
    await waitUntil(() => doc.shadowRoot!.querySelector('kpi-card'), 'no parts', { timeout: 5000 });
    const inner = doc.shadowRoot!.querySelector('kpi-card') as HTMLElement & { compare?: unknown };
    expect(inner.compare).to.equal(before);
  });
});
