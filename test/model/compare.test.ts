import { expect } from '@open-wc/testing';
import { changeBand, compareLines, headlineChanges, lineChange, pairYears, restate } from '../../src/model/compare.js';
import { parseCatalog, type Catalog } from '../../src/model/catalog.js';
import { rollupByDepartment, rollupByFunction, shortName } from '../../src/model/rollup.js';
import { deriveTable } from '../../src/model/tables.js';
import { withYearColumns, type YearColumns } from '../../src/model/tables/year-columns.js';
import type { StandardTable } from '../../src/model/tables.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json } from '../helpers/files.js';

const WANLI_2023 = 'data/shanghai-putuo-wanli-2023-budget.json';
const WANLI_2024 = 'data/shanghai-putuo-wanli-2024-budget.json';

describe('two years of one department (src/model/compare.ts)', () => {
  it('restates exactly between 元 and 万元, keeping the cents a table prints', () => {
    expect(restate('600000', '元', '万元')).to.equal('60.00');
    expect(restate('1562111.23', '元', '万元')).to.equal('156.211123');
    expect(restate('2995.39', '万元', '元')).to.equal('29953900.00');
    expect(restate('25', '万元', '元')).to.equal('250000');
    expect(restate('0.01', '亿元', '元')).to.equal('1000000.00');
    expect(restate('12.30', '万元', '万元')).to.equal('12.30');
  });

  it('gives the change and its percentage exactly, none against a zero or a missing figure', () => {
    expect(lineChange('66.00', '60.00')).to.deep.equal({ current: '66.00', previous: '60.00', change: '6.00', percent: '10.00' });
    expect(lineChange('25', '0')).to.deep.equal({ current: '25', previous: '0', change: '25' });
    expect(lineChange('10.00', undefined)).to.deep.equal({ current: '10.00' });
    expect(lineChange('1.00', '3.00').percent).to.equal('-66.67');
    expect(changeBand(lineChange('66.00', '60.00'))).to.equal('up10');
    expect(changeBand(lineChange('61.00', '60.00'))).to.equal('up');
    expect(changeBand(lineChange('60.00', '60.00'))).to.equal('same');
    expect(changeBand(lineChange('10.00', undefined))).to.equal('added');
    expect(changeBand(lineChange(undefined, '3.00'))).to.equal(undefined);
  });

  it('refuses another department or the same year, and names the other file’s unit and phase', async () => {
    const now = await json<BudgetDocument>(WANLI_2024);
    const before = await json<BudgetDocument>(WANLI_2023);
    const p = pairYears(now, before);
    expect(p.problems).to.deep.equal([]);
    expect(p.isPreviousYear).to.equal(true);
    expect(p.otherUnit).to.equal(undefined);
    const other = clone(before);
    other.meta.department = { name: '另一个部门' };
    expect(pairYears(now, other).problems).to.deep.equal(['department']);
    expect(pairYears(now, now).problems).to.deep.equal(['sameYear']);
    const final = await json<BudgetDocument>('data/shanghai-putuo-finance-2024-final.json');
    const budget = await json<BudgetDocument>('data/shanghai-putuo-finance-2025-budget.json');
    const fp = pairYears(budget, final);
    expect([fp.otherUnit, fp.otherPhase]).to.deep.equal(['万元', 'final']);
    // 2,995.39万元 in the 2024 final account is 29,953,900.00元 beside the 2025 budget's 31,214,205.80元.
    expect(headlineChanges(fp).find((h) => h.subject === 'expenditure')).to.deep.include({ previous: '29953900.00', change: '1260305.80', percent: '4.21' });
    // A final account's 三公 line with a budget and no 决算 figure spent nothing: 0, not "not published".
    expect(headlineChanges(fp).find((h) => h.subject === 'threePublic')).to.deep.include({ current: '0.95', previous: '0' });
  });

  it('compares the real 万里街道 pair code by code: three lines in each year only, none renamed', async () => {
    const now = await json<BudgetDocument>(WANLI_2024);
    const before = await json<BudgetDocument>(WANLI_2023);
    const c = compareLines(pairYears(now, before), now.expenditure.functional, before.expenditure.functional);
    expect(c.onlyCurrent.map((l) => l.code)).to.deep.equal(['205', '20599', '2059999']);
    expect(c.onlyOther.map((l) => [l.code, l.amount])).to.deep.equal([
      ['2010506', '26300'],
      ['20802', '215000'],
      ['2080206', '215000'],
    ]);
    expect(c.renamed).to.deep.equal([]);
    expect(c.byCode.get('2010507')).to.deep.equal({ current: '257700', previous: '601300', change: '-343600', percent: '-57.14' });
  });

  it('adds 上年数 | 增减 | 增减% to a one-sided table, and none to a two-sided one', async () => {
    const now = await json<BudgetDocument>(WANLI_2024);
    const before = await json<BudgetDocument>(WANLI_2023);
    const labels = { other: '上年数', change: '增减', percent: '增减%' };
    const view = withYearColumns(deriveTable(now, 'expenditure')!, deriveTable(before, 'expenditure')!, labels) as YearColumns;
    expect(view.table.columns.slice(-3).map((c) => c.label)).to.deep.equal(['上年数', '增减', '增减%']);
    const total = view.table.rows.find((r) => r.kind === 'total')!;
    expect(total.cells.slice(-3)).to.deep.equal(['164978640', '-8767517', '-5.31%']);
    expect(view.onlyOther.map((r) => r.code)).to.deep.equal(['2010506', '20802', '2080206']);
    expect(withYearColumns(deriveTable(now, 'summary')!, deriveTable(before, 'summary')!, labels)).to.equal('twoSided');
    // The Shanghai 三公 table gives its items as the columns of one row: nothing to set row beside row.
    expect(withYearColumns(deriveTable(now, 'threePublicAndOperatingCosts')!, deriveTable(before, 'threePublicAndOperatingCosts')!, labels)).to.equal('wide');
    // The 基本支出 table of two years: 30108's name is the same; rows the other year prints empty are not "gone".
    const eco = withYearColumns(deriveTable(now, 'basicEconomic')!, deriveTable(before, 'basicEconomic')!, labels) as YearColumns;
    expect(eco.onlyOther.every((r) => r.amount !== undefined)).to.equal(true);
  });

  it('uses each row of the other year once, leaves out rows it prints empty, and refuses another layout', () => {
    const table = (rows: Array<[string, string | undefined]>, unit: '万元' | '元' = '万元'): StandardTable => ({
      kind: 'expenditure',
      title: 't',
      unit,
      serial: false,
      columnNumbers: false,
      allCategories: false,
      columns: [
        { label: '项目', type: 'text', key: 'name' },
        { label: '合计', type: 'amount', key: 'total' },
      ],
      rows: rows.map(([name, v]) => ({ kind: 'item', cells: [name, v], paths: [undefined, undefined] })),
    });
    const labels = { other: '上年数', change: '增减', percent: '增减%' };
    const v = withYearColumns(
      table([
        ['其他', '10.00'],
        ['其他', '20.00'],
      ]),
      table(
        [
          ['其他', '100000'],
          ['其他', '200000'],
          ['空行', undefined],
        ],
        '元',
      ),
      labels,
    ) as YearColumns;
    expect(v.table.rows.map((r) => r.cells.slice(-3))).to.deep.equal([
      ['10.00', '0.00', '0.00%'],
      ['20.00', '0.00', '0.00%'],
    ]);
    expect(v.onlyOther).to.deep.equal([]);
    const counts: StandardTable = {
      ...table([['车辆', '7']]),
      kind: 'assets',
      columns: [
        { label: '项目', type: 'text', key: 'name' },
        { label: '数量', type: 'amount', key: 'quantity' },
      ],
    };
    expect(withYearColumns(counts, counts, labels)).to.equal('layout');
  });
});

describe('a region rolled up (src/model/rollup.ts)', () => {
  const catalog = (departments: Catalog['departments']): Catalog =>
    parseCatalog({ catalogVersion: '1.0.0', region: { name: '某区' }, year: 2024, phase: 'budget', unit: '万元', departments }).catalog!;

  it('adds departments exactly, each by its file where loaded, else by the catalog, and says which', async () => {
    const c = catalog([
      { name: '某区甲局', code: '1', src: 'a.json', total: '0.10', categories: [{ code: '201', name: '一般公共服务支出', amount: '0.10' }] },
      { name: '乙局', code: '2', src: 'b.json', total: '0.20', categories: [{ code: '201', name: '一般公共服务支出', amount: '0.20' }] },
      { name: '丙局', code: '3', src: 'c.json' },
    ]);
    const byDept = rollupByDepartment(c, new Map());
    // 0.1 + 0.2 is 0.30 here, never 0.30000000000000004.
    expect(byDept.root.amounts.total).to.equal('0.30');
    expect([byDept.fromFiles, byDept.fromCatalog, byDept.missing.map((d) => d.name)]).to.deep.equal([0, 2, ['丙局']]);
    expect(byDept.root.children.map((n) => n.name)).to.deep.equal(['甲局', '乙局']);
    const doc = await json<BudgetDocument>(WANLI_2024);
    const withFile = rollupByFunction(c, new Map([['3', doc]]));
    expect(withFile.fromFiles).to.equal(1);
    // 万里街道's 201 in 万元 (2,932,700元 = 293.27万元) plus the two 类 of the catalog.
    expect(withFile.items.find((i) => i.code === '201')!.amounts.total).to.equal('293.57');
    expect(withFile.items.some((i) => i.code === '2120102')).to.equal(true);
    expect(shortName('上海市普陀区财政局', '上海市普陀区')).to.equal('财政局');
    // A unit's own budget is in its department's: left out, and named.
    const withUnit = catalog([...c.departments, { name: '某区福利院', src: 'd.json', unitBudget: true, total: '5.00' }]);
    const r = rollupByDepartment(withUnit, new Map());
    expect([r.root.amounts.total, r.units.map((u) => u.name)]).to.deep.equal(['0.30', ['某区福利院']]);
    // An address that is no URL is the catalog's issue, never a throw.
    const bad = parseCatalog({
      catalogVersion: '1.0.0',
      region: { name: '某区' },
      year: 2024,
      phase: 'budget',
      departments: [{ name: 'x', src: 'http://[bad' }],
    });
    expect(bad.issues.map((i) => [i.path, i.code])).to.deep.equal([['$.departments[0].src', 'catalog.url']]);
    expect(shortName('上海市普陀区', '上海市普陀区')).to.equal('上海市普陀区');
  });
});
