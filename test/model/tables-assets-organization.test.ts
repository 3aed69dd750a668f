import { expect } from '@open-wc/testing';
import { tableGrid } from '../../src/model/export.js';
import { deriveTable, standardTables, tableSpec } from '../../src/model/tables.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED, SHANGHAI } from '../helpers/files.js';

const cells = (doc: BudgetDocument, kind: 'assets' | 'organization') => deriveTable(doc, kind)!.rows.map((r) => r.cells);
const labels = (doc: BudgetDocument, kind: 'assets' | 'organization') => deriveTable(doc, kind)!.columns.map((c) => c.label);
const texts = (doc: BudgetDocument, kind: Parameters<typeof deriveTable>[1]) =>
  tableGrid(deriveTable(doc, kind)!, 'zh-CN', doc.meta).map((row) => row.map((c) => c?.text));

describe('deriveTable(doc, "assets")', () => {
  let seed: BudgetDocument;
  before(async () => {
    seed = await json<BudgetDocument>(SEED);
  });

  it('gives the founding department’s 固定资产占用情况表 as published: its columns, no row, its date and note', () => {
    const t = deriveTable(seed, 'assets')!;
    expect(t.title).to.equal('部门固定资产占用情况表');
    expect(t.unit).to.equal('万元');
    expect(labels(seed, 'assets')).to.deep.equal(['项目', '数量', '价值']);
    expect(t.columns.map((c) => c.type)).to.deep.equal(['text', 'amount', 'amount']);
    // The JSON lists no item: no row, and none made of fixedAssetsValue / plannedPurchaseValue ("0.00").
    expect(t.rows).to.deep.equal([]);
    expect(t.asOf).to.equal('2023-12-31');
    expect(t.note).to.equal('无固定资产占用情况，空表列示。');
  });

  it('prints a row for each item of the JSON, empty cells where it has no figure, and nothing else', () => {
    const doc = clone(seed);
    doc.assets = {
      items: [{ name: '车辆', quantity: '2', value: '35.50' }, { name: '办公家具' }, { name: '合计', quantity: '2', value: '35.50' }],
      fixedAssetsValue: '99.00',
      vehicles: 2,
    };
    const t = deriveTable(doc, 'assets')!;
    expect(t.rows.map((r) => r.cells)).to.deep.equal([
      ['车辆', '2', '35.50'],
      ['办公家具', undefined, undefined],
      ['合计', '2', '35.50'],
    ]);
    expect(t.rows.map((r) => r.kind)).to.deep.equal(['item', 'item', 'total']);
    expect(t.rows[0]!.paths).to.deep.equal([undefined, '$.assets.items[0].quantity', '$.assets.items[0].value']);
    expect(t.rows.flatMap((r) => r.cells)).not.to.include('99.00');
    // The layout's note stays the table's; the JSON's own note is used only when the layout has none.
    expect(t.note).to.equal('无固定资产占用情况，空表列示。');
    expect(t.asOf).to.equal(undefined);
  });

  it('restates values given in another unit in the table’s unit line, exactly, and leaves quantities alone', () => {
    const doc = clone(seed);
    doc.assets = { unit: '元', items: [{ name: '车辆', quantity: '3', value: '123456.78' }], note: '另行说明。' };
    doc.tables = doc.tables!.map((l) => (l.kind === 'assets' ? { kind: 'assets', title: l.title, unit: '万元' } : l));
    const t = deriveTable(doc, 'assets')!;
    expect(t.unit).to.equal('万元');
    expect(t.rows[0]!.cells).to.deep.equal(['车辆', '3', '12.345678']);
    expect(t.note).to.equal('另行说明。');
  });

  it('is listed by standardTables() where the layout lists it, or where the JSON has items without a layout entry', async () => {
    expect(standardTables(seed).map((t) => t.kind)).to.include('assets');
    // Shanghai states its assets in words (车辆 0 辆 …): no table of them.
    const shanghai = await json<BudgetDocument>(SHANGHAI);
    expect(shanghai.assets).to.not.equal(undefined);
    expect(standardTables(shanghai).map((t) => t.kind)).not.to.include('assets');
    shanghai.assets!.items = [{ name: '车辆', quantity: '0' }];
    const listed = standardTables(shanghai);
    expect(listed.map((t) => t.kind).at(-1)).to.equal('assets');
    expect(listed.at(-1)!.title).to.equal('部门固定资产占用情况表');
  });

  it('exports its date beside the unit line, and its note', () => {
    expect(texts(seed, 'assets')).to.deep.equal([
      ['部门固定资产占用情况表'],
      ['编制部门：202保定市徐水区行政审批局', '预算年度：2024'],
      ['截止时间：2023-12-31', '单位：万元'],
      ['项目', '数量', '价值'],
      ['注：无固定资产占用情况，空表列示。'],
    ]);
  });
});

describe('deriveTable(doc, "organization")', () => {
  it('gives 部门机构设置情况 as the founding department prints it: its four columns, a row per unit, in words', async () => {
    const seed = await json<BudgetDocument>(SEED);
    const t = deriveTable(seed, 'organization')!;
    expect(t.kind).to.equal('organization');
    expect(t.title).to.equal('部门机构设置情况');
    expect(labels(seed, 'organization')).to.deep.equal(['单位名称', '单位性质', '单位规格', '经费保障形式']);
    expect(t.columns.every((c) => c.type === 'text')).to.equal(true);
    expect(cells(seed, 'organization')).to.deep.equal([['保定市徐水区行政审批局本级', '行政', '正科级', '财政拨款']]);
    expect(t.rows[0]!.paths.every((p) => p === undefined)).to.equal(true);
    // A table of words: no unit line in its export.
    expect(texts(seed, 'organization')).to.deep.equal([
      ['部门机构设置情况'],
      ['编制部门：202保定市徐水区行政审批局', '预算年度：2024'],
      ['单位名称', '单位性质', '单位规格', '经费保障形式'],
      ['保定市徐水区行政审批局本级', '行政', '正科级', '财政拨款'],
    ]);
  });

  it('leaves empty the fields a unit does not have, and invents none', async () => {
    const shanghai = await json<BudgetDocument>(SHANGHAI);
    // The form's four columns together (a unit has a nature), and 说明, which the units have; no 内设机构 column, which none lists.
    expect(labels(shanghai, 'organization')).to.deep.equal(['单位名称', '单位性质', '单位规格', '经费保障形式', '说明']);
    expect(cells(shanghai, 'organization')).to.deep.equal([
      ['上海市普陀区商务委员会（本部）', '行政', undefined, undefined, shanghai.organization![0].note],
      ['上海市普陀区中小企业服务中心', '事业', undefined, undefined, '不单列预算'],
    ]);
  });

  it('is listed by standardTables() after the layout’s tables whenever the JSON has units, and never otherwise', async () => {
    const seed = await json<BudgetDocument>(SEED);
    expect(
      standardTables(seed)
        .map((t) => t.kind)
        .slice(-2),
    ).to.deep.equal(['assets', 'organization']);
    delete seed.organization;
    expect(standardTables(seed).map((t) => t.kind)).not.to.include('organization');
    seed.organization = [];
    expect(standardTables(seed).map((t) => t.kind)).not.to.include('organization');
    expect(deriveTable(seed, 'organization')!.rows).to.deep.equal([]);
  });
});

describe('the specs of the new tables', () => {
  it('carry English words for every column and title', () => {
    expect(tableSpec('assets')!.englishTitle).to.equal('Fixed assets in use');
    expect(tableSpec('assets')!.columns!.map((c) => c.label.en)).to.deep.equal(['Item', 'Quantity', 'Counted in', 'Value']);
    expect(tableSpec('organization')!.englishTitle).to.equal('Organization');
    expect(tableSpec('organization')!.columns!.map((c) => c.label.en)).to.deep.equal(['Unit', 'Type of unit', 'Rank', 'Funding', 'Internal divisions', 'Note']);
    expect(tableSpec('expenditureNotes')!.columns!.map((c) => c.label.en)).to.deep.equal([
      'Code',
      'Item',
      'Budget',
      'Spent last year',
      'Change',
      'Used for',
      'Main reason',
    ]);
  });

  it('give the combined 三公/机关运行经费 table its three published header levels', async () => {
    const shanghai = await json<BudgetDocument>(SHANGHAI);
    const t = deriveTable(shanghai, 'threePublicAndOperatingCosts')!;
    expect(t.columns.map((c) => [c.group, c.subgroup, c.label])).to.deep.equal([
      ['“三公”经费预算数', undefined, '合计'],
      ['“三公”经费预算数', undefined, '因公出国(境)费'],
      ['“三公”经费预算数', undefined, '公务接待费'],
      ['“三公”经费预算数', '公务用车购置及运行费', '小计'],
      ['“三公”经费预算数', '公务用车购置及运行费', '购置费'],
      ['“三公”经费预算数', '公务用车购置及运行费', '运行费'],
      [undefined, undefined, '机关运行经费预算数'],
    ]);
    expect(texts(shanghai, 'threePublicAndOperatingCosts')[3]).to.deep.equal([
      '“三公”经费预算数·合计',
      '“三公”经费预算数·因公出国(境)费',
      '“三公”经费预算数·公务接待费',
      '“三公”经费预算数·公务用车购置及运行费·小计',
      '“三公”经费预算数·公务用车购置及运行费·购置费',
      '“三公”经费预算数·公务用车购置及运行费·运行费',
      '机关运行经费预算数',
    ]);
  });
});
