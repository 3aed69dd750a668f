import { expect } from '@open-wc/testing';
import { tableGrid } from '../../src/model/export.js';
import { parseBudget } from '../../src/model/parse.js';
import { deriveTable, standardTables } from '../../src/model/tables.js';
import type { BudgetDocument, TableKind } from '../../src/model/types.js';
import { extractFromSheets } from '../../src/import/extract.js';
import { FUNCTIONAL_KINDS, readFunctional } from '../../src/import/functional.js';
import { clone, SEED, SHANGHAI, text } from '../helpers/files.js';

/** The department's standard tables as the sheets of an exported workbook (what `budget-kit export` writes). */
function asSheets(doc: BudgetDocument) {
  return standardTables(doc).map((t, i) => ({ sheet: `${i + 1}`, data: tableGrid(t).map((row) => row.map((c) => c?.text ?? null)) }));
}

describe('importer: functional-classification tables', () => {
  for (const file of [SEED, SHANGHAI]) {
    it(`export → import gives back every figure of the five functional tables of ${file}`, async () => {
      const doc = parseBudget(await text(file)).document!;
      const { tables, issues: extractIssues } = extractFromSheets(asSheets(doc));
      const { functional, functionalTotal, issues } = readFunctional(tables);
      expect(issues).to.deep.equal([]);
      expect(extractIssues.filter((i) => i.code !== 'table.empty')).to.deep.equal([]);
      expect(functional.map((f) => f.code)).to.deep.equal(doc.expenditure.functional.map((f) => f.code));
      expect(functional.map((f) => f.name)).to.deep.equal(doc.expenditure.functional.map((f) => f.name));
      // Figure by figure: the tables derived from the imported rows equal the published ones.
      const imported = clone(doc);
      imported.expenditure.functional = functional;
      imported.expenditure.functionalTotal = functionalTotal;
      let figures = 0;
      for (const kind of FUNCTIONAL_KINDS as TableKind[]) {
        const a = deriveTable(doc, kind)!;
        const b = deriveTable(imported, kind)!;
        expect(
          b.rows.map((r) => r.cells),
          kind,
        ).to.deep.equal(a.rows.map((r) => r.cells));
        figures += a.rows.flatMap((r) => r.cells.filter((c, i) => c !== undefined && a.columns[i]!.type === 'amount')).length;
      }
      expect(figures).to.be.greaterThan(20);
    });
  }

  it('reads codes split into 类/款/项, thousands separators, and reports the cell that is not a number', () => {
    const { tables } = extractFromSheets([
      {
        sheet: '支出',
        data: [
          ['2025年部门支出预算总表'],
          ['单位：元'],
          ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
          [null, null, null, '合计', '1,234,567.00', '1,000,000.00', '234,567.00'],
          ['201', null, null, '一般公共服务支出', '1,234,567.00', '1,000,000.00', '234,567.00'],
          ['201', '13', null, '商贸事务', '1,234,567.00', '1,000,000.00', '234,567.00'],
          [null, null, '01', '行政运行', '1,000,000.00', '1,000,000.00', null],
          [null, null, '99', '其他商贸事务支出', '234,567.00', null, '约23万'],
        ],
      },
    ]);
    const { functional, functionalTotal, issues } = readFunctional(tables);
    expect(functional.map((f) => f.code)).to.deep.equal(['201', '20113', '2011301', '2011399']);
    expect(functionalTotal).to.deep.equal({ total: '1234567.00', byType: { basic: '1000000.00', project: '234567.00' } });
    expect(functional[2]!.amounts).to.deep.equal({ total: '1000000.00', byType: { basic: '1000000.00' } });
    expect(issues).to.deep.equal([{ code: 'amount.text', location: { table: '支出', row: 8, column: 7 }, text: '约23万' }]);
  });

  it('reports a functional table without the columns it needs', () => {
    const { tables } = extractFromSheets([
      {
        sheet: '支出',
        data: [['部门预算支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出'], ['201', '一般公共服务支出', '528.19', '364.16']],
      },
    ]);
    const { issues } = readFunctional(tables);
    expect(issues.map((i) => [i.code, i.text])).to.deep.equal([['table.missingColumn', '项目支出']]);
  });
});

describe('importer: the basic-expenditure (economic classification) table', () => {
  for (const file of [SEED, SHANGHAI]) {
    it(`export → import gives back every figure of 基本支出表 of ${file}`, async () => {
      const { readEconomic } = await import('../../src/import/economic.js');
      const doc = parseBudget(await text(file)).document!;
      const { tables } = extractFromSheets(asSheets(doc));
      const table = tables.find((t) => t.kind === 'basicEconomic')!;
      const { economic, issues } = readEconomic(table);
      expect(issues).to.deep.equal([]);
      const imported = clone(doc);
      imported.expenditure.economic = { ...doc.expenditure.economic, ...economic! };
      const a = deriveTable(doc, 'basicEconomic')!;
      const b = deriveTable(imported, 'basicEconomic')!;
      expect(b.rows.map((r) => r.cells)).to.deep.equal(a.rows.map((r) => r.cells));
      expect(economic!.items.length).to.be.greaterThan(5);
    });
  }

  it('reads 类/款 split codes', async () => {
    const { readEconomic } = await import('../../src/import/economic.js');
    const { tables } = extractFromSheets([
      {
        sheet: '基本',
        data: [
          ['部门预算一般公共预算财政拨款基本支出表'],
          ['单位：万元'],
          ['类', '款', '科目名称', '合计', '人员经费', '公用经费'],
          [null, null, '合计', '364.16', '332.43', '31.73'],
          ['301', null, '工资福利支出', '332.42', '332.42', null],
          [null, '01', '基本工资', '120.00', '120.00', null],
        ],
      },
    ]);
    const { economic, issues } = readEconomic(tables[0]!);
    expect(issues).to.deep.equal([]);
    expect(economic!.items.map((i) => i.code)).to.deep.equal(['301', '30101']);
    expect(economic!.total).to.deep.equal({ total: '364.16', byCostKind: { personnel: '332.43', public: '31.73' } });
  });
});

describe('importer: 收支总表', () => {
  for (const file of [SEED, SHANGHAI]) {
    it(`export → import gives back the income lines and every total of ${file}`, async () => {
      const { readSummary } = await import('../../src/import/summary.js');
      const doc = parseBudget(await text(file)).document!;
      const { tables } = extractFromSheets(asSheets(doc));
      const r = readSummary(tables.find((t) => t.kind === 'summary')!);
      expect(r.issues).to.deep.equal([]);
      const imported = clone(doc);
      imported.income = { ...doc.income, bySource: r.income.bySource, total: r.income.total! };
      Object.assign(imported.expenditure, { total: r.expenditure.total, currentYear: r.expenditure.currentYear, carryForward: r.expenditure.carryForward });
      const layout = imported.tables!.find((t) => t.kind === 'summary')!;
      layout.incomeLines = r.incomeLines;
      const a = deriveTable(doc, 'summary')!;
      const b = deriveTable(imported, 'summary')!;
      expect(b.rows.map((row) => row.cells)).to.deep.equal(a.rows.map((row) => row.cells));
      expect(r.income.total).to.equal(doc.income.total);
      expect(r.expenditure.total).to.equal(doc.expenditure.total);
    });
  }

  it('reads the published Hebei wording and reports a line it does not know', async () => {
    const { readSummary } = await import('../../src/import/summary.js');
    const { tables } = extractFromSheets([
      {
        sheet: '总表',
        data: [
          ['部门预算收支总表'],
          ['单位：万元'],
          ['收入', '收入', '支出', '支出'],
          ['项  目', '预算数', '项  目', '预算数'],
          ['一、一般公共预算拨款收入', '598.78', '一、一般公共服务支出', '528.19'],
          ['二、政府性基金预算拨款收入', null, '二、外交支出', null],
          ['三、彩票公益金', '1.00', null, null],
          ['本年收入合计', '598.78', '本年支出合计', '598.78'],
          ['收入总计', '598.78', '支出总计', '598.78'],
        ],
      },
    ]);
    const r = readSummary(tables[0]!);
    expect(r.income.bySource).to.deep.equal({ generalPublicBudget: '598.78', currentYear: '598.78' });
    expect(r.incomeLines).to.deep.equal(['generalPublicBudget', 'governmentFund']);
    expect(r.expenditure).to.deep.equal({ currentYear: '598.78', total: '598.78' });
    expect(r.issues).to.deep.equal([{ code: 'table.unknownLine', location: { table: '总表', row: 7, column: 1 }, text: '三、彩票公益金' }]);
  });
});

describe('importer: “三公”经费 tables', () => {
  for (const file of [SEED, SHANGHAI]) {
    it(`export → import gives back every “三公”经费 figure of ${file}`, async () => {
      const { readThreePublic } = await import('../../src/import/three-public.js');
      const doc = parseBudget(await text(file)).document!;
      const { tables } = extractFromSheets(asSheets(doc));
      const table = tables.find((t) => t.kind === 'threePublic' || t.kind === 'threePublicAndOperatingCosts')!;
      const r = readThreePublic(table);
      expect(r.issues).to.deep.equal([]);
      const imported = clone(doc);
      imported.threePublic = r.threePublic!;
      if (r.operatingCostsTotal !== undefined) imported.operatingCosts = { ...doc.operatingCosts!, total: r.operatingCostsTotal };
      const a = deriveTable(doc, table.kind as TableKind)!;
      const b = deriveTable(imported, table.kind as TableKind)!;
      expect(b.rows.map((row) => row.cells)).to.deep.equal(a.rows.map((row) => row.cells));
      expect(r.threePublic!.items.map((i) => i.key)).to.have.members(doc.threePublic!.items.map((i) => i.key));
    });
  }
});
