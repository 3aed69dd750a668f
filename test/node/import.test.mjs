// budget-kit import, run as a user would (needs `npm run build`): a workbook or Word file in, a valid
// budget JSON and a report out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { parseBudget, standardTables } from '../../dist/lib/index.js';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-kit.js', ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'bk-import-'));

for (const file of ['data/xushui-administrative-approval-2024.json', 'data/shanghai-putuo-commerce-2025.json']) {
  test(`export → import round-trips the standard tables of ${file} exactly, printed decimals included`, () => {
    const dir = tmp();
    assert.equal(run('export', file, '--format', 'xlsx', '-o', join(dir, 'b.xlsx')).status, 0);
    const r = run('import', join(dir, 'b.xlsx'), '-o', join(dir, 'b.json'));
    assert.equal(r.status, 0, r.stderr);
    const original = parseBudget(readFileSync(file, 'utf8')).document;
    // Every table the export wrote (the nine of figures, and 机构设置 and 固定资产 where the JSON has them) is read back.
    assert.match(r.stdout, new RegExp(`识别出 ${standardTables(original).length} 张表`));
    assert.match(r.stdout, /勾稽核对 \d+ 项：0 个警告/);
    const imported = parseBudget(readFileSync(join(dir, 'b.json'), 'utf8'));
    assert.deepEqual(imported.errors, []);
    // A workbook stores 371514655.00 as the number 371514655; the cell's format (#,##0.00) gives back the
    // printed decimals, so every figure returns as published, digit for digit.
    const cells = (doc) => standardTables(doc).map((t) => [t.kind, t.title, t.unit, t.rows.map((row) => row.cells)]);
    assert.deepEqual(cells(imported.document), cells(original));
    assert.deepEqual(imported.document.income, original.income);
    assert.deepEqual(imported.document.expenditure, original.expenditure);
  });
}

// A Word file as departments publish it: title lines, then each table.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const p = (t) => `<w:p><w:r><w:t>${esc(t)}</w:t></w:r></w:p>`;
const tbl = (rows) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c ? p(c) : '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
const docx = (...body) =>
  zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`,
    ),
  });

const SUMMARY = [
  p('某局2024年部门预算信息公开'),
  p('部门预算收支总表'),
  p('编制部门：101某局'),
  p('预算年度：2024'),
  p('单位：万元'),
  tbl([
    ['收入', '收入', '支出', '支出'],
    ['项  目', '预算数', '项  目', '预算数'],
    ['一、一般公共预算拨款收入', '1,200.50', '一、一般公共服务支出', '1,200.50'],
    ['本年收入合计', '1,200.50', '本年支出合计', '1,200.50'],
    ['收入总计', '1,200.50', '支出总计', '1,200.50'],
  ]),
  p('部门预算支出总表'),
  p('单位：万元'),
  tbl([
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['', '合计', '1,200.50', '1,000.00', '200.50'],
    ['201', '一般公共服务支出', '1,200.50', '1,000.00', '200.50'],
  ]),
];

test('import of a .docx: metadata from the title lines, thousands separators, a report, and --strict', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.docx'), docx(...SUMMARY));
  const r = run('import', join(dir, 'a.docx'));
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
  assert.deepEqual(doc.meta, {
    title: '某局2024年部门预算信息公开',
    department: { name: '某局', code: '101' },
    fiscalYear: 2024,
    phase: 'budget',
    unit: '万元',
  });
  assert.equal(doc.income.bySource.generalPublicBudget, '1200.50');
  assert.deepEqual(doc.expenditure.functional, [
    { code: '201', name: '一般公共服务支出', amounts: { total: '1200.50', byType: { basic: '1000.00', project: '200.50' } } },
  ]);

  // an unknown table and a cell with text: reported with their places; --strict writes nothing
  writeFileSync(
    join(dir, 'b.docx'),
    docx(
      ...SUMMARY,
      p('部门人员编制情况表'),
      tbl([
        ['类别', '人数'],
        ['行政编制', '12'],
      ]),
    ),
  );
  // written, with a gap: exit 3, and the last line says what is missing
  const loose = run('import', join(dir, 'b.docx'), '-o', join(dir, 'b.json'));
  assert.equal(loose.status, 3, loose.stderr);
  assert.equal(existsSync(join(dir, 'b.json')), true);
  assert.match(loose.stdout, /已写出 .*b\.json，但不完整：1 处未能读取/);
  assert.match(loose.stdout, /✗ 「部门人员编制情况表」 未识别的表格：“类别 \| 人数”/);
  const strict = run('import', join(dir, 'b.docx'), '--strict', '-o', join(dir, 'c.json'));
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /--strict：1 处未能读取/);
  assert.equal(existsSync(join(dir, 'c.json')), false);
});

test('a table read in part is ⚠ with its count and the places not read; the JSON is written, exit 3; --strict writes nothing', () => {
  const dir = tmp();
  writeFileSync(
    join(dir, 'a.docx'),
    docx(
      ...SUMMARY.slice(0, -3),
      p('部门预算支出总表'),
      p('单位：万元'),
      tbl([
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '备用金'],
        ['', '合计', '1,200.50', '1,000.00', '200.50', '3.00'],
        ['201', '一般公共服务支出', '1,200.50', '1,000.00', '200.50', '3.00'],
        ['', '小计', '1,200.50', '1,000.00', '200.50', ''],
      ]),
    ),
  );
  const r = run('import', join(dir, 'a.docx'), '-o', join(dir, 'a.json'));
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.equal(existsSync(join(dir, 'a.json')), true);
  // the unknown column's 2 figures and the 小计 row's 3, by row
  assert.match(r.stdout, /⚠ 部门预算支出总表 \[expenditure\] 3 行，6\/11 个数字已导入；未读取：第 2 行 1 个、第 3 行 1 个、第 4 行 3 个\n/);
  assert.match(r.stdout, /✗ 「部门预算支出总表」第 4 行 小计行未读取（由明细相加）/);
  assert.match(r.stdout, /已写出 .*a\.json，但不完整：5 个数字未导入，1 处未能读取（见上文 ⚠ 与 ✗ 行）。\n/);
  const strict = run('import', join(dir, 'a.docx'), '--strict', '-o', join(dir, 'b.json'));
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /--strict：5 个数字未导入，1 处未能读取；没有写出。/);
  assert.equal(existsSync(join(dir, 'b.json')), false);
});

test('a template not filled in gives no JSON, and the verdict says why', () => {
  const dir = tmp();
  writeFileSync(
    join(dir, 't.docx'),
    docx(
      p('部门预算收支总表'),
      p('编制部门：'),
      p('单位：元'),
      tbl([
        ['收入', '收入', '支出', '支出'],
        ['项目', '预算数', '项目', '预算数'],
        ['一、一般公共预算拨款收入', '', '一、一般公共服务支出', ''],
        ['收入总计', '', '支出总计', ''],
      ]),
    ),
  );
  const r = run('import', join(dir, 't.docx'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /✗ 部门预算收支总表 \[summary\] \d+ 行，0\/0 个数字，未导入（没有生成 JSON，见文末）/);
  assert.match(r.stderr, /没有生成 JSON：识别出的 1 张表里没有一个数字（是未填写的模板吗？）。/);
  assert.match(run('import', join(dir, 't.docx'), '--lang', 'en').stderr, /No JSON written: the table recognised holds no figure at all/);
});

test('import refuses what it cannot read, and says why', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'x.docx'), 'not a zip');
  const bad = run('import', join(dir, 'x.docx'));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /无法读取：不是 \.docx（zip）文件/);
  assert.match(run('import', join(dir, 'x.docx'), '--lang', 'en').stderr, /cannot read: not a \.docx \(zip\) file/);
  assert.equal(run('import', 'README.md').status, 2);
  writeFileSync(join(dir, 'y.docx'), docx(p('一、部门职责'), p('正文')));
  const nothing = run('import', join(dir, 'y.docx'));
  assert.equal(nothing.status, 1);
  assert.match(nothing.stderr, /没有生成 JSON/);
});

// The committed fixtures (rebuilt by scripts/make-import-fixtures.mjs): a Word disclosure of the founding
// department, and a workbook of the Shanghai department's tables with merged header cells.
// The tables of figures (机构设置 is a table of words, which a workbook of figures does not carry), each
// row's published cells in order: a workbook may print columns that a PDF of the same tables leaves out.
const figuresOf = (doc) =>
  standardTables(doc)
    .filter((t) => t.kind !== 'organization')
    .map((t) => [t.kind, t.title, t.unit, t.rows.map((row) => row.cells.filter((c) => c !== undefined))]);

test('import of the founding department’s .docx gives the JSON of data/, field by field: tables, projects, procurement, assets, narrative', () => {
  const dir = tmp();
  // --strict: nothing in the document went unread
  const r = run('import', 'test/fixtures/import/xushui-2024.docx', '--strict', '-o', join(dir, 'x.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /✗/);
  assert.match(r.stdout, /识别出 18 张表/);
  assert.match(r.stdout, /✓ “环评”审批事项专家评估服务费用绩效目标表 \[projectPerformance\] \d+ 行，1\/1 个项目，已导入/);
  assert.match(r.stdout, /✓ 部门政府采购预算 \[procurement\] 5 行，24\/24 个数字，已导入/);
  assert.match(r.stdout, /已写出 .*x\.json：207 个数字全部导入。/);
  assert.match(
    r.stdout,
    /✓ 情况说明：8 节文字，比上年增减 4 项，机关运行经费明细 6 项，整体绩效目标 9 项（从其“绩效指标”文字读出 14 个指标，原文保留），保障措施 7 条，名词解释 10 条/,
  );
  assert.match(r.stdout, /· 文件中没有 meta\.region/);
  const imported = parseBudget(readFileSync(join(dir, 'x.json'), 'utf8'));
  assert.deepEqual(imported.errors, []);
  const original = parseBudget(readFileSync('data/xushui-administrative-approval-2024.json', 'utf8')).document;
  assert.deepEqual(figuresOf(imported.document), figuresOf(original));
  // Everything but the region, which a disclosure does not state (the report says so), and the version:
  // the importer writes the current standard (1.2.0), which data/'s 1.0.0 file is valid under.
  const { region, ...meta } = original.meta;
  assert.ok(region);
  assert.equal(imported.document.schemaVersion, '1.2.0');
  assert.equal(original.schemaVersion, '1.0.0');
  // And the order the document prints its parts in (schema 1.2.0): the tables first, 名词解释 near the end.
  const { partOrder, ...rest } = imported.document;
  assert.deepEqual(partOrder, ['tables', 'profile', 'explanation', 'operatingCosts', 'threePublic', 'performance', 'assets', 'glossary', 'other']);
  assert.deepEqual(rest, { ...original, schemaVersion: '1.2.0', meta });
});

test('import of the Shanghai department’s .xlsx (merged headers, 元 with separators) gives every figure of its tables', () => {
  const dir = tmp();
  const r = run('import', 'test/fixtures/import/putuo-2025.xlsx', '-o', join(dir, 'p.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /✗/);
  assert.match(r.stdout, /勾稽核对 \d+ 项：0 个警告/);
  const imported = parseBudget(readFileSync(join(dir, 'p.json'), 'utf8'));
  assert.deepEqual(imported.errors, []);
  const original = parseBudget(readFileSync('data/shanghai-putuo-commerce-2025.json', 'utf8')).document;
  // The workbook words its summaries' income lines as the kit does and prints its 合计 rows first; data/
  // keeps the PDF's wording (incomeLabels) and places (totalLast).
  const worded = { ...original, tables: original.tables.map(({ incomeLabels: _, totalLast: __, ...t }) => t) };
  assert.deepEqual(figuresOf(imported.document), figuresOf(worded));
  // What the workbook holds equals data/, digit for digit (its written part is not in a workbook).
  for (const key of ['income', 'expenditure', 'threePublic', 'operatingCosts']) assert.deepEqual(imported.document[key], original[key], key);
  assert.deepEqual(imported.document.meta.department, original.meta.department);
});

test('a report piped into head is cut short there, and the JSON is still written', () => {
  const dir = tmp();
  const out = join(dir, 'x.json');
  const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/budget-kit.js import test/fixtures/import/xushui-2024.docx -o "${out}" | head -1`], {
    encoding: 'utf8',
  });
  assert.equal(r.stdout, 'test/fixtures/import/xushui-2024.docx：识别出 18 张表\n');
  assert.doesNotMatch(r.stderr, /EPIPE/);
  assert.deepEqual(parseBudget(readFileSync(out, 'utf8')).errors, []);
});

test('the report in English reads as English, with its punctuation', () => {
  const dir = tmp();
  const r = run('import', 'test/fixtures/import/xushui-2024.docx', '--lang', 'en', '-o', join(dir, 'x.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /✓ 部门预算收支总表 \[summary\] 34 rows, 9\/9 figures, imported\n/);
  assert.match(
    r.stdout,
    /· 部门预算财政拨款收支总表 \[fiscalSummary\] 37 rows, derived from the other tables; its figures are not read separately \(15 figures\)\n/,
  );
  assert.match(r.stdout, /· “部门固定资产占用情况表” empty table: “部门固定资产占用情况表” \(无固定资产占用情况，空表列示。\)\n/);
  assert.match(r.stdout, /✓ Written part: 8 sections of text/);
  assert.match(r.stdout, /Wrote .*x\.json: all 207 figures imported\.\n/);
});
