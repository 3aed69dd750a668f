import { expect } from '@open-wc/testing';
import { standardTables, type StandardTable } from '../../src/model/tables.js';
import { tableSides } from '../../src/model/tables/sides.js';
import { buildTree, walkTree } from '../../src/model/tree.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { json, REAL_DOCUMENTS, SEED, SHANGHAI } from '../helpers/files.js';
import { reconcile } from '../../src/model/reconcile.js';

const byKind = (tables: StandardTable[]) => Object.fromEntries(tables.map((t) => [t.kind, t]));

describe('standard tables', () => {
  it('derives the nine tables of the founding department, its assets table and 机构设置, with the published row counts and totals', async () => {
    const doc = await json<BudgetDocument>(SEED);
    const tables = standardTables(doc);
    expect(tables.map((t) => [t.number, t.title, t.rows.length])).to.deep.equal([
      [1, '部门预算收支总表', 34],
      [2, '部门预算收入总表', 17],
      [3, '部门预算支出总表', 17],
      [4, '部门预算财政拨款收支总表', 37],
      [5, '部门预算一般公共预算财政拨款支出表', 17],
      [6, '部门预算一般公共预算财政拨款基本支出表', 20],
      [7, '部门预算政府性基金预算财政拨款支出表', 0],
      [8, '部门预算国有资本经营预算财政拨款支出表', 0],
      [9, '部门预算财政拨款“三公”经费支出表', 9],
      [undefined, '部门固定资产占用情况表', 0],
      [undefined, '部门机构设置情况', 1],
    ]);
    const t = byKind(tables);
    expect(t.summary.rows[0].cells).to.deep.equal(['一、一般公共预算拨款', '598.78', '一、一般公共服务支出', '528.19']);
    expect(t.summary.rows[30].cells).to.deep.equal([undefined, undefined, '三十一、人行科目', undefined]);
    expect(t.summary.rows[33].cells).to.deep.equal(['收入总计', '598.78', '支出总计', '598.78']);
    expect(t.income.rows[0].cells.slice(1, 5)).to.deep.equal(['合计', '598.78', '598.78', '598.78']);
    expect(t.expenditure.rows[0].cells.slice(1, 5)).to.deep.equal(['合计', '598.78', '364.16', '234.62']);
    expect(t.expenditure.rows[4].cells.slice(0, 5)).to.deep.equal(['2010302', '一般行政管理事务', '231.74', undefined, '231.74']);
    expect(t.fiscalSummary.rows[36].cells).to.deep.equal(['收入总计', '598.78', '支出总计', '598.78', '598.78', undefined, undefined]);
    expect(t.basicEconomic.rows[0].cells).to.deep.equal([undefined, '合计', '364.16', '332.43', '31.73']);
    expect(t.basicEconomic.rows[1].cells).to.deep.equal(['301', '工资福利支出', '332.42', '332.42', undefined]);
    expect(t.governmentFundExpenditure.note).to.equal('无政府基金预算财政拨款预算，空表列示。');
    expect(t.threePublic.rows.map((r) => r.cells[1])).to.deep.equal(['0.15', '0.15', undefined, undefined, undefined, undefined, undefined, undefined, '0.15']);
    expect(t.income.unit).to.equal('万元');
  });

  it('derives the Shanghai department’s nine tables in its own order and units, then 机构设置', async () => {
    const doc = await json<BudgetDocument>(SHANGHAI);
    const tables = standardTables(doc);
    expect(tables.map((t) => t.kind)).to.deep.equal([
      'summary',
      'income',
      'expenditure',
      'fiscalSummary',
      'generalPublicExpenditure',
      'governmentFundExpenditure',
      'stateCapitalExpenditure',
      'basicEconomic',
      'threePublicAndOperatingCosts',
      'organization',
    ]);
    const t = byKind(tables);
    expect(t.summary.unit).to.equal('元');
    expect(t.summary.rows.at(-1)!.cells).to.deep.equal(['收入总计', '371514655.00', '支出总计', '371514655.00']);
    // Its 合计 rows come after the items, as it prints them (totalLast); the founding department's come first.
    expect(t.expenditure.rows.at(-1)!.cells.slice(1, 5)).to.deep.equal(['合计', '371514655.00', '19830655.00', '351684000.00']);
    expect(t.basicEconomic.rows.at(-1)!.cells).to.deep.equal([undefined, '合计', '19830655.00', '18120593.00', '1710062.00']);
    expect(t.expenditure.rows[0].cells[0]).to.equal('201');
    expect(byKind(standardTables(await json<BudgetDocument>(SEED))).expenditure.rows[0].kind).to.equal('total');
    expect(t.governmentFundExpenditure.rows).to.have.length(0);
    expect(t.governmentFundExpenditure.note).to.contain('故本表为空表');
    expect(t.threePublicAndOperatingCosts.unit).to.equal('万元');
    expect(t.threePublicAndOperatingCosts.rows[0].cells.at(-1)).to.equal('171.01');
  });

  it('prints a summary’s lines as the layout says they are printed: its income labels, and its 类 lines with the empty and former-named ones', async () => {
    const doc = await json<BudgetDocument>(SHANGHAI);
    const layout = doc.tables!.find((l) => l.kind === 'summary')!;
    layout.incomeLabels = ['一、财政拨款收入', '1. 一般公共预算资金'];
    // 社会福利院 2024's wording: 201 printed with no figure, 210 under its former name; 206 is not listed, so it follows.
    layout.categories = [
      { code: '201', label: '一、一般公共服务支出' },
      { code: '202', label: '二、外交支出' },
      { code: '210', label: '三、医疗卫生与计划生育支出' },
    ];
    const rows = byKind(standardTables(doc)).summary.rows;
    expect(rows.slice(0, 3).map((r) => r.cells[0])).to.deep.equal(['一、财政拨款收入', '1. 一般公共预算资金', '2. 政府性基金预算拨款']);
    const cats = rows.map((r) => [r.cells[2], r.cells[3]]).filter(([name]) => name !== undefined);
    expect(cats.slice(0, 4)).to.deep.equal([
      ['一、一般公共服务支出', '21601733.00'],
      ['二、外交支出', undefined],
      ['三、医疗卫生与计划生育支出', '881803.00'],
      ['四、科学技术支出', '17200000.00'],
    ]);
    // Nothing the JSON has is dropped: the 3 lines listed, the 5 other published 类 after them, then 支出总计.
    expect(cats).to.have.length(9);
    expect(cats.at(-2)).to.deep.equal(['八、住房保障支出', '2849034.00']);
    expect(cats.at(-1)![0]).to.equal('支出总计');
  });
});

describe('a unit’s 收支总表 with 基本支出 (人员经费 | 公用经费) and 项目支出 by 类 (社会福利院 2024)', () => {
  it('prints the columns the layout lists, with each 类’s figures, and the check adds 人员经费 and 公用经费 up to 基本支出', async () => {
    const doc = await json<BudgetDocument>(REAL_DOCUMENTS.find((f) => f.includes('welfare'))!);
    const t = byKind(standardTables(doc)).summary;
    expect(t.columns.map((c) => [c.group, c.subgroup, c.label].filter(Boolean).join('·'))).to.deep.equal([
      '收入·项目',
      '收入·预算数',
      '本年支出·项目',
      '本年支出·合计',
      '本年支出·基本支出·人员经费',
      '本年支出·基本支出·公用经费',
      '本年支出·项目支出',
    ]);
    expect(t.rows[1].cells.slice(2)).to.deep.equal(['二、社会保障和就业支出', '11281624', '6540674', '2120950', '2620000']);
    expect(t.rows.at(-1)!.cells.slice(2)).to.deep.equal(['支出总计', '12121164', '7380214', '2120950', '2620000']);
    // 6,540,674 + 2,120,950 is 208's 基本支出 (8,661,624), not its total: no finding.
    const findings = reconcile(doc).findings.filter((f) => f.ruleId === 'R-FUNC-02');
    expect(findings.map((f) => f.path)).to.deep.equal([]);
    // And a pair that does not add up to 基本支出 is found.
    doc.expenditure.functional.find((f) => f.code === '208')!.amounts.byCostKind!.public = '2120000';
    expect(reconcile(doc).findings.filter((f) => f.ruleId === 'R-FUNC-02')).to.have.length(1);
  });
});

describe('tableSides', () => {
  it('splits a two-sided table into its income and expenditure sides, each row on its own side, and leaves a one-sided table whole', async () => {
    const doc = await json<BudgetDocument>(SHANGHAI);
    const t = byKind(standardTables(doc));
    const sides = tableSides(t.summary)!;
    // Under the headers the PDF prints (本年收入, not the kit's 收入).
    expect(sides.map((s) => s.heading)).to.deep.equal(['本年收入', '本年支出']);
    expect(sides[0].table.rows.map((r) => r.cells[0])).to.deep.equal([
      '一、财政拨款收入',
      '1.一般公共预算资金',
      '2.政府性基金',
      '3.国有资本经营预算',
      '二、事业收入',
      '三、事业单位经营收入',
      '四、其他收入',
      '收入总计',
    ]);
    expect(sides[1].table.rows.map((r) => r.cells.join(' '))).to.deep.equal([
      '一、一般公共服务支出 21601733.00',
      '二、科学技术支出 17200000.00',
      '三、社会保障和就业支出 3808085.00',
      '四、卫生健康支出 881803.00',
      '五、资源勘探工业信息等支出 293810000.00',
      '六、商业服务业等支出 31364000.00',
      '七、住房保障支出 2849034.00',
      '支出总计 371514655.00',
    ]);
    // The figures keep their JSON paths, so a finding still marks them.
    expect(sides[1].table.rows.at(-1)!.paths).to.deep.equal([undefined, '$.expenditure.total']);
    expect(tableSides(t.fiscalSummary)!.map((s) => s.table.columns.length)).to.deep.equal([2, 5]);
    expect(tableSides(t.income)).to.equal(undefined);
    expect(tableSides(t.organization)).to.equal(undefined);
  });
});

describe('threePublicAndOperatingCostsTable', () => {
  it('restates 机关运行经费 in the table’s unit when it was published in another', async () => {
    const { deriveTable } = await import('../../src/model/tables.js');
    const doc = await json<BudgetDocument>(SHANGHAI);
    doc.operatingCosts = { total: '1710100.00' }; // in the document's 元, while 三公 is in 万元
    const t = deriveTable(doc, 'threePublicAndOperatingCosts')!;
    expect(t.unit).to.equal('万元');
    expect(t.rows[0].cells.at(-1)).to.equal('171.01');
  });
});

describe('buildTree', () => {
  it('nests 类 → 款 → 项 by code, in published order', async () => {
    const doc = await json<BudgetDocument>(SEED);
    const root = buildTree(doc.expenditure.functional, { name: '合计', amounts: doc.expenditure.functionalTotal });
    expect(root.children.map((c) => c.code)).to.deep.equal(['201', '208', '210', '221']);
    expect(root.children[0].children[0].children.map((c) => `${c.code} ${c.name}`)).to.deep.equal([
      '2010301 行政运行',
      '2010302 一般行政管理事务',
      '2010350 事业运行',
    ]);
    expect([...walkTree(root)].length).to.equal(17);
    expect(root.amounts.total).to.equal('598.78');
  });

  it('hangs a row whose parent is missing under its nearest listed ancestor', () => {
    const root = buildTree(
      [
        { code: '208', name: '社会保障和就业支出', amounts: {} },
        { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amounts: {} },
      ],
      { name: '合计' },
    );
    expect(root.children[0].children.map((c) => c.code)).to.deep.equal(['2080505']);
  });
});
