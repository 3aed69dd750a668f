import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-table/define.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import { mapColumns } from '../../src/import/columns.js';
import { readDocx } from '../../src/import/docx.js';
import { bodyAmount } from '../../src/import/extract.js';
import { importFromDocx, importFromSheets } from '../../src/import/import.js';
import { FUNCTIONAL_KINDS } from '../../src/import/functional.js';
import { DOCUMENT_READERS, readerOf, type TableReader } from '../../src/import/readers.js';
import { recognizeTitle } from '../../src/import/titles.js';
import { tableGrid } from '../../src/model/export.js';
import { parseBudget } from '../../src/model/parse.js';
import { deriveTable, registerTableKind, standardTables, TABLE_NAMES, TABLE_SPECS, tableSpec } from '../../src/model/tables.js';
import type { StandardTable, TableSpec } from '../../src/model/tables.js';
import type { BudgetDocument, Change, TableKind } from '../../src/model/types.js';
import { docx, p, tbl } from '../helpers/docx.js';
import schema from '../../schema/budget.schema.json';
import { SEED, text } from '../helpers/files.js';

/** TableKind of src/model/types.ts as a list: the compiler checks that it is the whole union, and nothing else. */
const TABLE_KINDS = [
  'summary',
  'income',
  'expenditure',
  'fiscalSummary',
  'generalPublicExpenditure',
  'basicEconomic',
  'governmentFundExpenditure',
  'stateCapitalExpenditure',
  'threePublic',
  'threePublicAndOperatingCosts',
  'operatingCosts',
  'procurement',
  'assets',
] as const satisfies readonly TableKind[];
const allKinds: [Exclude<TableKind, (typeof TABLE_KINDS)[number]>] extends [never] ? true : never = true;
void allKinds;

const sorted = (a: readonly string[]) => [...a].sort();

describe('the registry of table kinds', () => {
  it('agrees with TableKind and with the schema’s tableLayout.kind', () => {
    const tables = TABLE_SPECS.filter((s) => !s.form).map((s) => s.kind);
    expect(sorted(tables)).to.deep.equal(sorted(TABLE_KINDS));
    expect(sorted(schema.$defs.tableLayout.properties.kind.enum)).to.deep.equal(sorted(TABLE_KINDS));
    // The forms are the importer's other kinds: no table layout of the JSON, and no builder but those of 机构设置 (a
    // table of words) and of the 项 lines the explanation writes (财政拨款支出主要内容, schema 1.2.0).
    expect(TABLE_SPECS.filter((s) => s.form).map((s) => s.kind)).to.deep.equal([
      'organization',
      'projectPerformance',
      'overallPerformance',
      'expenditureNotes',
    ]);
    expect(TABLE_SPECS.filter((s) => s.form && s.derive).map((s) => s.kind)).to.deep.equal(['organization', 'expenditureNotes']);
    expect(new Set(TABLE_SPECS.map((s) => s.kind)).size).to.equal(TABLE_SPECS.length);
  });

  it('recognises every wording of every spec, and every default title, as its kind', () => {
    let wordings = 0;
    for (const spec of TABLE_SPECS) {
      // A kind with no title rule is never printed as a table (the 项 lines are sentences): no title to recognise.
      if (!spec.titles.rules.length) {
        expect(spec.titles.wordings, spec.kind).to.deep.equal({});
        continue;
      }
      expect(recognizeTitle(spec.title)?.kind, spec.title).to.equal(spec.kind);
      for (const [template, titles] of Object.entries(spec.titles.wordings)) {
        for (const title of titles) {
          expect(recognizeTitle(title)?.kind, `${template}: ${title}`).to.equal(spec.kind);
          wordings++;
        }
      }
    }
    expect(wordings).to.be.greaterThan(20);
  });

  it('gives the names, default titles and national template the kit had before', () => {
    expect(Object.entries(TABLE_NAMES)).to.deep.equal([
      ['收支总表', 'summary'],
      ['收入总表', 'income'],
      ['支出总表', 'expenditure'],
      ['财政拨款收支总表', 'fiscalSummary'],
      ['一般公共预算支出表', 'generalPublicExpenditure'],
      ['基本支出表', 'basicEconomic'],
      ['政府性基金支出表', 'governmentFundExpenditure'],
      ['国有资本经营支出表', 'stateCapitalExpenditure'],
      ['三公经费表', 'threePublic'],
      ['机关运行经费', 'operatingCosts'],
      ['三公和机关运行经费表', 'threePublicAndOperatingCosts'],
      ['机构设置表', 'organization'],
      ['固定资产表', 'assets'],
      ['支出主要内容', 'expenditureNotes'],
    ]);
    const bare = {
      schemaVersion: '1.0.0',
      meta: { department: { name: '某局' }, fiscalYear: 2024, phase: 'budget', unit: '万元' },
      income: { total: '1.00', bySource: {} },
      expenditure: { total: '1.00', functional: [] },
    } as BudgetDocument;
    expect(standardTables(bare).map((t) => `${t.kind} ${t.title}`)).to.deep.equal([
      'summary 部门收支总表',
      'income 部门收入总表',
      'expenditure 部门支出总表',
      'fiscalSummary 部门财政拨款收支总表',
      'generalPublicExpenditure 部门一般公共预算财政拨款支出表',
      'basicEconomic 部门一般公共预算财政拨款基本支出表',
      'governmentFundExpenditure 部门政府性基金预算财政拨款支出表',
      'stateCapitalExpenditure 部门国有资本经营预算财政拨款支出表',
      'threePublic 部门财政拨款“三公”经费支出表',
    ]);
    expect(deriveTable(bare, 'procurement')).to.equal(undefined);
    expect(deriveTable(bare, 'constructor' as TableKind)).to.equal(undefined);
  });

  it('names only readers the importer has', () => {
    for (const spec of TABLE_SPECS) {
      const read = spec.import?.read;
      if (typeof read === 'string') expect(DOCUMENT_READERS.has(read) || readerOf(read) !== undefined, `${spec.kind}: ${read}`).to.equal(true);
    }
    expect(TABLE_SPECS.filter((s) => s.import?.read === 'functional').map((s) => s.kind)).to.deep.equal(FUNCTIONAL_KINDS);
  });

  it('refuses a kind or a name that is taken', () => {
    expect(() => registerTableKind({ ...tableSpec('summary')!, names: [] })).to.throw(/registered already/);
    expect(() => registerTableKind({ kind: 'other', title: '别的表', names: ['收支总表'], titles: { precedence: 0, rules: [], wordings: {} } })).to.throw(
      /taken/,
    );
    expect(tableSpec('other')).to.equal(undefined);
  });
});

// ————————————————————————————————————————————————————————————————————————————————————————————
// The proof: a made-up kind, declared only here, goes through the whole kit with no other file changed.

const KIND = 'changes' as TableKind;

/** The columns of the made-up 增减变化表, written once: the builder and the reader both use them. */
const COLUMNS: NonNullable<TableSpec['columns']> = [
  { key: 'subject', type: 'text', label: { 'zh-CN': '项目', en: 'Item' }, match: /项目$/, required: true },
  { key: 'comparedWith', type: 'text', label: { 'zh-CN': '比较对象', en: 'Compared with' }, match: /比较/, required: true },
  { key: 'change', type: 'amount', label: { 'zh-CN': '增减', en: 'Change' }, match: /增减/, required: true },
  { key: 'reason', type: 'text', label: { 'zh-CN': '原因', en: 'Reason' }, match: /原因/ },
];

/** 增减变化表 from `changes`: one row per change in the document's unit. */
function deriveChanges(doc: BudgetDocument, layout: NonNullable<BudgetDocument['tables']>[number]): StandardTable {
  const rows = (doc.changes ?? [])
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => (c.unit ?? doc.meta.unit) === doc.meta.unit)
    .map(({ c, i }) => ({
      kind: 'item' as const,
      cells: COLUMNS.map((col) => c[col.key as keyof Change] as string | undefined),
      paths: COLUMNS.map((col) => (col.type === 'amount' ? `$.changes[${i}].${col.key}` : undefined)),
    }));
  return {
    kind: layout.kind,
    title: layout.title,
    unit: layout.unit ?? doc.meta.unit,
    serial: false,
    columnNumbers: false,
    allCategories: false,
    columns: COLUMNS.map((c) => ({ label: c.label['zh-CN'], type: c.type, key: c.key! })),
    rows,
    ...(layout.number !== undefined ? { number: layout.number } : {}),
  };
}

/** …and back: the table's rows to `changes`. */
const readChanges: TableReader = ([table], { doc, issues }) => {
  const t = table!;
  const wanted = COLUMNS.map((c) => ({ key: c.key!, label: c.label['zh-CN'], match: c.match!, ...(c.required ? { required: true } : {}) }));
  const { index, issues: missing } = mapColumns(t.header.labels, wanted, t.location);
  issues.push(...missing);
  if (missing.length) return;
  const changes: Change[] = [];
  t.body.forEach((row, r) => {
    const { value, issue } = bodyAmount(t, r, index.change!);
    if (issue) issues.push(issue);
    if (value === undefined) return;
    const c: Change = { subject: row[index.subject!]!, change: value };
    if (row[index.comparedWith!]) c.comparedWith = row[index.comparedWith!];
    if (index.reason !== undefined && row[index.reason]) c.reason = row[index.reason];
    changes.push(c);
  });
  if (changes.length) doc.changes = changes;
};

const CHANGES: TableSpec = {
  kind: KIND,
  title: '部门预算增减变化表',
  names: ['增减变化表'],
  titles: { precedence: 0, rules: [{ all: ['增减变化'] }], wordings: { hebei: ['部门预算增减变化表'], shanghai: ['2025年部门预算增减变化情况表'] } },
  columns: COLUMNS,
  derive: deriveChanges,
  numbered: true,
  import: { read: readChanges },
};

const sheetOf = (t: StandardTable, doc: BudgetDocument, i: number) => ({
  sheet: `${String(i + 1).padStart(2, '0')}-${t.title}`,
  data: tableGrid(t, 'zh-CN', doc.meta).map((row) => row.map((c) => c?.text ?? null)),
});

describe('a table kind registered from outside (registerTableKind)', () => {
  let seed: BudgetDocument;
  let unregister: () => void;
  before(async () => {
    seed = parseBudget(await text(SEED)).document!;
    // Not known before it is registered.
    expect(recognizeTitle('部门预算增减变化表')).to.equal(undefined);
    unregister = registerTableKind(CHANGES);
  });
  after(() => {
    unregister();
    expect(tableSpec(KIND)).to.equal(undefined);
    expect(TABLE_NAMES).not.to.have.property('增减变化表');
    expect(recognizeTitle('部门预算增减变化表')).to.equal(undefined);
  });

  it('is recognised by its titles in every wording it declares', () => {
    for (const title of Object.values(CHANGES.titles.wordings).flat()) expect(recognizeTitle(title)?.kind, title).to.equal(KIND);
    expect(recognizeTitle('5．部门预算增减变化表')).to.deep.equal({ kind: KIND, title: '部门预算增减变化表', number: 5 });
    expect(TABLE_NAMES['增减变化表']).to.equal(KIND);
  });

  it('is derived as a standard table and exported by the export grid', () => {
    const t = deriveTable(seed, KIND)!;
    expect(t.title).to.equal('部门预算增减变化表');
    expect(t.rows.map((r) => r.cells)).to.deep.equal([
      ['total', '上年', '-87.5', undefined],
      ['basic', '上年', '-61.58', '人员减少'],
      ['project', '上年', '-25.92', '压减支出'],
      ['threePublic', '2023年', '-2.43', '我部门无公务用车购置'],
    ]);
    const grid = tableGrid(t, 'zh-CN', seed.meta).map((row) => row.map((c) => c?.text));
    expect(grid.slice(0, 4)).to.deep.equal([
      ['部门预算增减变化表'],
      ['编制部门：202保定市徐水区行政审批局', '预算年度：2024'],
      ['单位：万元'],
      ['项目', '比较对象', '增减', '原因'],
    ]);
    expect(tableGrid(t, 'zh-CN', seed.meta)[5]![2]).to.deep.equal({ text: '-61.58', numeric: true });
  });

  it('round-trips export → import of a workbook with equal figures', () => {
    // The standard tables (the summary alone gives no JSON its 类 rows), then the made-up one.
    const tables = [...standardTables(seed), deriveTable(seed, KIND)!];
    const { document, report } = importFromSheets(tables.map((t, i) => sheetOf(t, seed, i)));
    expect(report.issues.filter((i) => i.code !== 'table.empty')).to.deep.equal([]);
    expect(report.recognized.map((r) => r.kind)).to.deep.equal(tables.map((t) => t.kind));
    expect(report.recognized.at(-1)).to.deep.include({ title: '部门预算增减变化表', kind: KIND, rows: 4, imported: true, kept: true });
    // Every figure of the made-up table went into the JSON.
    expect(report.recognized.at(-1)!.figures).to.deep.include({ present: 4, read: 4 });
    const imported = document!;
    // The changes came from the made-up table alone: a workbook has no written part.
    expect(imported.changes).to.deep.equal(
      seed.changes!.map(({ subject, change, comparedWith, reason }) => ({ subject, change, comparedWith, ...(reason ? { reason } : {}) })),
    );
    // Numbered by its sheet, the last one.
    expect(imported.tables!.find((l) => l.kind === KIND)).to.deep.equal({ kind: KIND, title: '部门预算增减变化表', number: tables.length, unit: '万元' });
    for (const t of tables) {
      const again = deriveTable(imported, t.kind)!;
      expect(again.title, t.kind).to.equal(t.title);
      expect(
        again.rows.map((r) => r.cells),
        t.kind,
      ).to.deep.equal(t.rows.map((r) => r.cells));
    }
  });

  it('is recognised and read from a Word table too', () => {
    const rows = (t: StandardTable) => [
      t.columns.map((c) => (c.group ? c.group : c.label)),
      ...(t.columns.some((c) => c.group) ? [t.columns.map((c) => c.label)] : []),
      ...t.rows.map((r) => r.cells.map((c) => c ?? '')),
    ];
    const summary = deriveTable(seed, 'summary')!;
    const changes = deriveTable(seed, KIND)!;
    const blocks = readDocx(
      docx(
        p('某局2024年部门预算'),
        p('部门预算收支总表'),
        p('编制部门：202保定市徐水区行政审批局'),
        p('预算年度：2024'),
        p('单位：万元'),
        tbl(rows(summary)),
        p('部门预算增减变化表'),
        p('单位：万元'),
        tbl(rows(changes)),
      ),
    );
    const { document, report } = importFromDocx(blocks);
    expect(report.recognized.map((r) => [r.title, r.kind, r.imported])).to.deep.equal([
      ['部门预算收支总表', 'summary', true],
      ['部门预算增减变化表', KIND, true],
    ]);
    // With no functional table beside it, the summary's 类 lines are the only ones that are not read, and the report says so.
    const categoryLines = summary.rows.filter((r) => r.cells[2] && /支出$/.test(r.cells[2]) && r.cells[3] !== undefined && !/合计|总计/.test(r.cells[2]));
    expect(report.issues.map((i) => i.code)).to.deep.equal(categoryLines.map(() => 'figure.onlyInSummary'));
    expect(deriveTable(document!, KIND)!.rows.map((r) => r.cells)).to.deep.equal(changes.rows.map((r) => r.cells));
  });

  it('is shown by <budget-table table="增减变化表">, by its name or its kind', async () => {
    for (const name of ['增减变化表', KIND]) {
      const el = await fixture<BudgetTable>(`<budget-table src="/${SEED}" table="${name}" hide-empty="false"></budget-table>`);
      await waitUntil(() => el.shadowRoot!.querySelector('table, [role=alert]'), 'table did not render', { timeout: 5000 });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[role=alert]'), name).to.equal(null);
      expect(root.textContent).to.include('部门预算增减变化表');
      const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headers).to.include.members(['项目', '比较对象', '增减', '原因']);
      const body = [...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      expect(body).to.have.length(4);
      expect(body[1]).to.include('basic').and.include('人员减少');
    }
  });
});
