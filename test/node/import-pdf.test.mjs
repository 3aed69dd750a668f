// budget-kit import of the PDFs departments publish (test/fixtures/pdf/, copies of three real Shanghai
// disclosures): the tables are rebuilt from their ruling lines and read by the same readers as Word and
// Excel. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseBudget, standardTables } from '../../dist/lib/index.js';
import { imageOnlyPdf } from '../helpers/scan-pdf.js';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-kit.js', ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'bk-pdf-'));
const exact = (v) => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
// The tables the PDF prints (its layouts); the tables of what its text states (机构设置, 项 lines, asset classes) are tested apart.
const printedTables = (doc) => standardTables(doc).filter((t) => doc.tables.some((l) => l.kind === t.kind));
const figures = (t) => t.rows.flatMap((row) => row.cells.filter((c, i) => c !== undefined && t.columns[i]?.type === 'amount'));

function importPdf(name, { strict = true } = {}) {
  const dir = tmp();
  const out = join(dir, 'x.json');
  const r = run('import', `test/fixtures/pdf/${name}`, ...(strict ? ['--strict'] : []), '-o', out);
  if (strict) {
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /[✗⚠]/);
  }
  assert.equal(run('validate', out).status, 0);
  const parsed = parseBudget(readFileSync(out, 'utf8'));
  assert.deepEqual(parsed.errors, []);
  return { doc: parsed.document, stdout: r.stdout, status: r.status };
}

/** Per table, the figures of the JSON's table against the reference's (test/fixtures/pdf/*-expected.json, transcribed from the PDF independently). */
function compare(doc, reference) {
  const expected = JSON.parse(readFileSync(reference, 'utf8'));
  const tables = printedTables(doc);
  assert.equal(tables.length, expected.tables.length);
  return expected.tables.map((t, i) => {
    assert.equal(tables[i].title.replace(/^\d+[.．、]\s*/, ''), t.title);
    const published = t.rows.flatMap((row) => Object.values(row.values));
    assert.equal(published.length, t.cells, t.title);
    return { title: t.title, same: JSON.stringify(figures(tables[i]).map(exact).sort()) === JSON.stringify(published.map(exact).sort()), cells: t.cells };
  });
}

for (const [name, total] of [
  ['shanghai-putuo-finance-2025-budget', 241],
  ['shanghai-putuo-wanli-2024-budget', 875],
]) {
  test(`${name} (PDF): every figure of its nine tables (${total}) equals the reference transcribed from it`, () => {
    const { doc } = importPdf(`${name}.pdf`);
    const tables = compare(doc, `test/fixtures/pdf/${name}-expected.json`);
    assert.deepEqual(
      tables.filter((t) => !t.same).map((t) => t.title),
      [],
    );
    assert.equal(
      tables.reduce((n, t) => n + t.cells, 0),
      total,
    );
  });
}

test('万里街道 2023 (PDF): the nine tables equal the reference, and its five project forms (Shanghai layout, no project code) equal theirs, every indicator', () => {
  const { doc, stdout } = importPdf('shanghai-putuo-wanli-2023-budget.pdf');
  const tables = compare(doc, 'test/fixtures/pdf/shanghai-putuo-wanli-2023-budget-expected.json');
  assert.deepEqual(
    tables.filter((t) => !t.same).map((t) => t.title),
    [],
  );
  assert.equal(
    tables.reduce((n, t) => n + t.cells, 0),
    638,
  );
  // Two forms that a page break ran together (pp. 32–33) are two projects.
  assert.match(stdout, /✓ 财政项目支出绩效目标填报表 \[projectPerformance\] \d+ 行，2\/2 个项目，已导入/);
  assert.equal((stdout.match(/个项目，已导入/g) ?? []).length, 4);
  // The references were transcribed from the page images; texts compare without the layout's spaces.
  const flat = (s) => (s ?? '').replace(/\s+/g, '');
  const expected = JSON.parse(readFileSync('test/fixtures/pdf/shanghai-putuo-wanli-2023-projects-expected.json', 'utf8')).projects;
  const got = doc.projects.map((p) => ({
    name: p.name,
    nature: p.nature,
    category: p.category,
    department: p.department,
    implementer: p.implementer,
    start: p.start,
    end: p.end,
    total: p.wholeProject?.total,
    fiscal: p.wholeProject?.fiscal,
    other: p.wholeProject?.other,
    annualTotal: p.budget.total,
    annualCurrentFiscal: p.budget.fiscal,
    annualCarriedOver: p.budget.carriedOver,
    annualOther: p.budget.other,
    overallGoal: flat(p.overallGoal),
    annualGoal: flat(p.annualGoal),
    indicators: p.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: flat(i.name), target: flat(i.target.text) })),
  }));
  assert.deepEqual(
    got,
    expected.map(({ page: _page, ...p }) => ({
      ...p,
      overallGoal: flat(p.overallGoal),
      annualGoal: flat(p.annualGoal),
      indicators: p.indicators.map((i) => ({ ...i, name: flat(i.name), target: flat(i.target) })),
    })),
  );
  assert.equal(
    got.reduce((n, p) => n + p.indicators.length, 0),
    65,
  );
  assert.ok(doc.projects.every((p) => p.code === undefined));
  // The form of 公共服务设施运行经费 prints 当年财政拨款 11,419,043.00 under a 年度资金申请总额 of 10,903,043.00: the check says so.
  assert.match(stdout, /警告 {4}公共服务设施运行经费（预算数）公布为 10,903,043\.00，其组成部分合计为 11,419,043\.00，相差 -516,000\.00。/);
});

test('社会福利院 2024 unit budget (PDF): what the PDF gets wrong is reported where it is, the rest equals the reference', () => {
  const { doc, stdout, status } = importPdf('shanghai-putuo-welfare-home-2024-unit-budget.pdf', { strict: false });
  assert.equal(status, 3);
  // the PDF prints 事业单位医疗's code as "7 11 02"
  assert.match(stdout, /✗ 「2024年预算单位支出预算总表」第 14 行（PDF 第 9 页） 不是有效的科目编码：“7 11 02”/);
  assert.match(stdout, /✗ 「2024年预算单位一般公共预算支出功能分类预算表」第 14 行（PDF 第 11 页） 不是有效的科目编码：“7 11 02”/);
  // 210's name before 2018, beside the tables' 卫生健康支出 with the same figure: the same 类, noted, not an error
  assert.match(
    stdout,
    /· 「2024年预算单位财务收支预算总表」第 7 行第 4 列（PDF 第 7 页） 是该类的旧称，已按同一类核对：“医疗卫生与计划生育支出”（210 卫生健康支出（2018 年起））/,
  );
  // its 收支总表 splits expenditure into 人员经费 / 公用经费 / 项目支出 by 类, as the unit template does: all read,
  // 人员/公用 into the 类 lines (each pair adds up to the 类's 基本支出), 项目支出 checked against the functional tables
  assert.match(stdout, /✓ 2024年预算单位财务收支预算总表 \[summary\] 12 行，16\/16 个数字，已导入/);
  const social = doc.expenditure.functional.find((f) => f.code === '208');
  assert.deepEqual(social.amounts.byCostKind, { personnel: '6540674', public: '2120950' });
  assert.deepEqual(doc.expenditure.functionalTotal.byCostKind, { personnel: '7380214', public: '2120950' });
  assert.deepEqual(
    doc.tables[0].expenditureColumns.map((c) => c.key),
    ['total', 'byCostKind.personnel', 'byCostKind.public', 'byType.project'],
  );
  const tables = compare(doc, 'test/fixtures/pdf/shanghai-putuo-welfare-home-2024-unit-budget-expected.json');
  assert.deepEqual(
    tables.filter((t) => t.same).map((t) => t.title),
    [
      // with its 人员经费 / 公用经费 / 项目支出 columns, as printed
      '2024年预算单位财务收支预算总表',
      '2024年预算单位收入预算总表',
      // as printed: its four 类 lines (201 without a figure, 210 under its former name), not every 类 of the classification
      '2024年预算单位财政拨款收支预算总表',
      '2024年预算单位政府性基金预算支出功能分类预算表',
      '2024年预算单位国有资本经营预算支出功能分类预算表',
      '2024年预算单位一般公共预算基本支出部门预算经济分类预算表',
      '单位“三公”经费和机关运行经费预算表',
    ],
  );
});

test('司法局 2026 (PDF): every one of the 366 figures of the nine tables equals the reference transcribed from it', () => {
  const { doc, stdout } = importPdf('shanghai-putuo-justice-2026-budget.pdf');
  const expected = JSON.parse(readFileSync('test/fixtures/import/putuo-justice-2026-expected.json', 'utf8'));
  const tables = printedTables(doc);
  assert.equal(tables.length, 9);
  for (const [i, t] of expected.tables.entries()) {
    assert.equal(tables[i].title, t.title);
    const published = t.rows.flatMap((row) => Object.values(row.values));
    assert.deepEqual(figures(tables[i]).map(exact).sort(), published.map(exact).sort(), t.title);
  }
  assert.match(stdout, /已写出 .*：352 个数字全部导入。/);
  assert.equal(doc.meta.department.name, '上海市普陀区司法局');
  assert.equal(doc.meta.fiscalYear, 2026);
});

test('商务委员会 2025 (PDF): the nine tables equal the JSON of data/ transcribed from the same PDF', () => {
  const { doc } = importPdf('shanghai-putuo-commerce-2025-budget.pdf');
  const reference = parseBudget(readFileSync('data/shanghai-putuo-commerce-2025.json', 'utf8')).document;
  // The nine tables of figures (data/'s JSON also has 机构设置, transcribed from the written part).
  const figures = (d) => printedTables(d);
  const mine = figures(doc);
  const theirs = figures(reference);
  assert.deepEqual(
    mine.map((t) => t.kind),
    theirs.map((t) => t.kind),
  );
  for (const [i, t] of theirs.entries())
    assert.deepEqual(
      mine[i].rows.map((r) => r.cells),
      t.rows.map((r) => r.cells),
      t.title,
    );
  assert.deepEqual(doc.income, reference.income);
  assert.deepEqual(doc.expenditure.functional, reference.expenditure.functional);
});

test('财政局 2025 (PDF): a line justified by spacing its characters reads as the words it prints', () => {
  const { doc } = importPdf('shanghai-putuo-finance-2025-budget.pdf');
  const goals = doc.narrative.find((s) => s.title === '四、绩效目标设置情况').paragraphs.join('');
  assert.match(goals, /其中：中介机构服务费418\.80万元，财政业务费10\.00万元，信息化系统日常维护费166\.66万元/);
  assert.doesNotMatch(goals, /财 政/);
});

test('商务委员会 2025 (PDF): the text its pages clip (a paragraph run past the page, printed again on the next) is not read, and the report says where', () => {
  const { doc, stdout } = importPdf('shanghai-putuo-commerce-2025-budget.pdf');
  const duties = doc.narrative.find((s) => s.title === '上海市普陀区商务委员会主要职能').paragraphs;
  // 13 duties, each once, as the pages show them; 12 is not run into 7's words.
  const numbered = duties.filter((p) => /^\d+、/.test(p)).map((p) => Number(/^(\d+)、/.exec(p)[1]));
  assert.deepEqual(numbered, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  assert.match(
    duties.find((p) => p.startsWith('12、')),
    /负责帮困对象粮油供应管理和粮食流通统计/,
  );
  assert.match(stdout, /PDF 第 3、4 页的文字层中有 \d+ 段文字被裁切、页面上看不到，未读入/);
  assert.doesNotMatch(stdout, /逐字重复/);
});

test('万里街道 2024 (PDF): economic codes printed "301 | 2" read as 30102, and a 合计 row alone on the next page joins its table', () => {
  const { doc, stdout } = importPdf('shanghai-putuo-wanli-2024-budget.pdf');
  const codes = doc.expenditure.economic.items.map((i) => i.code);
  assert.ok(codes.includes('30102') && codes.includes('30107'), codes.join(' '));
  assert.ok(codes.every((c) => /^\d{3}(\d{2})?$/.test(c)));
  // The 收入总表 and 支出总表 end with their 合计 on a page of its own.
  assert.equal(doc.expenditure.functionalTotal.total, '156211123');
  assert.match(stdout, /已写出 .*：\d+ 个数字全部导入。/);
});

test('a PDF of images only, and a damaged PDF, get their messages and no JSON', () => {
  const dir = tmp();
  const pdf = imageOnlyPdf();
  writeFileSync(join(dir, 'scan.pdf'), pdf);
  const scan = run('import', join(dir, 'scan.pdf'));
  assert.equal(scan.status, 1);
  assert.match(scan.stderr, /无法读取：这个 PDF 只有图像（扫描件），没有可读的文字：请向部门索取 Word\/Excel 原件/);
  writeFileSync(join(dir, 'bad.pdf'), '%PDF-1.7\nthis is not a PDF body');
  const bad = run('import', join(dir, 'bad.pdf'), '--lang', 'en');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /cannot read: (not a readable PDF file|this PDF holds only images)/);
  writeFileSync(join(dir, 'fake.pdf'), 'plain text');
  assert.match(run('import', join(dir, 'fake.pdf')).stderr, /不是 PDF 文件（文件开头没有 %PDF）/);
});

test('司法局 2026 (PDF): the written part gives the sections and glossary the hand-filled workbook of the same document gives', () => {
  const { doc } = importPdf('shanghai-putuo-justice-2026-budget.pdf');
  const dir = tmp();
  const out = join(dir, 'w.json');
  assert.equal(run('import', 'test/fixtures/import/putuo-justice-2026-department.xlsx', '-o', out).status, 0);
  const workbook = JSON.parse(readFileSync(out, 'utf8'));
  // The contents page and the page numbers are not text; the cover's line is the intro.
  assert.deepEqual(
    doc.narrative.filter((s) => s.id !== 'intro' && s.title).map((s) => [s.id, s.title]),
    workbook.narrative.map((s) => [s.id, s.title]),
  );
  assert.equal(doc.glossary.length, 8);
  assert.deepEqual(doc.glossary, workbook.glossary);
  // Both print 名词解释 third and 三公 before 机关运行经费; only the PDF places its tables (after 编制说明).
  assert.deepEqual(doc.partOrder, [
    'profile',
    'glossary',
    'explanation',
    'tables',
    'threePublic',
    'operatingCosts',
    'procurement',
    'performance',
    'assets',
    'other',
  ]);
  assert.deepEqual(
    workbook.partOrder,
    doc.partOrder.filter((p) => p !== 'tables'),
  );
  assert.deepEqual(doc.changes, workbook.changes);
  const threePublic = doc.narrative.find((s) => s.id === 'threePublic');
  assert.equal(threePublic.paragraphs[0], '2026年“三公”经费预算数为10.81万元，比2025年预算持平。其中：');
});

// Three real final accounts (部门决算, schema 1.3.0): every figure of their nine tables equals the reference
// transcribed from the PDF, and the reconciliation's findings on them are all within rounding (each reviewed
// against the page: the 0.01 differences the PDFs print).
// 财政局 and 规划局 state 政府采购 whose parts add up 0.01 more than its total (R-PROC-05, a rounding note).
for (const [name, total, department, notes, remarked] of [
  [
    'shanghai-putuo-finance-2024-final',
    195,
    '上海市普陀区财政局',
    ['R-FINAL-03', 'R-FUNC-01', 'R-FUNC-01', 'R-FUNC-01', 'R-ECON-01', 'R-ECON-01', 'R-PROC-05'],
  ],
  [
    'shanghai-putuo-planning-2024-final',
    308,
    '上海市普陀区规划和自然资源局',
    ['R-FINAL-03', 'R-FINAL-03', 'R-FINAL-04', 'R-FUNC-02', 'R-FUNC-02', 'R-FUNC-02', 'R-ECON-01', 'R-PROC-05'],
    // The text's 95.45% is 9746.50 / 10210.34 = 95.457…% cut, not rounded (R-FINAL-05, a note).
    ['R-FINAL-05'],
  ],
  ['shanghai-putuo-social-work-2024-final', 205, '中共上海市普陀区委社会工作部', ['R-FINAL-04', 'R-ECON-01']],
]) {
  const remarks = remarked ?? [];
  test(`${name} (PDF 决算): all nine tables are found, every figure (${total}) equals the reference, no warning`, async () => {
    const { doc, stdout } = importPdf(`${name}.pdf`);
    assert.equal(doc.meta.phase, 'final');
    assert.equal(doc.schemaVersion, '1.3.0');
    assert.equal(doc.meta.department.name, department);
    assert.equal(doc.meta.fiscalYear, 2024);
    assert.match(stdout, new RegExp(`${total} 个数字全部导入`));
    // All nine tables a 决算 must publish are found (the peer checker's "missing tables" for 规划局 and 社工部 come
    // from a running heading above their first table taken for its title; test/fixtures/pdf/README.md).
    assert.doesNotMatch(stdout, /决算缺少必须公开的表/);
    assert.equal(doc.tables.length, 9);
    const tables = compare(doc, `test/fixtures/pdf/${name}-expected.json`);
    assert.deepEqual(
      tables.filter((t) => !t.same).map((t) => t.title),
      [],
    );
    assert.equal(
      tables.reduce((n, t) => n + t.cells, 0),
      total,
    );
    const { reconcile } = await import('../../dist/lib/index.js');
    const findings = reconcile(doc).findings;
    assert.deepEqual(
      findings.filter((f) => f.severity === 'warning').map((f) => `${f.ruleId} ${f.subject['zh-CN']}`),
      [],
    );
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), [...notes].sort());
    const report = reconcile(doc);
    assert.deepEqual(
      report.remarks.map((r) => `${r.severity} ${r.ruleId}`),
      remarks.map((id) => `note ${id}`),
    );
  });
}
