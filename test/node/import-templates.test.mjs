// The official Shanghai 2026 budget workbooks (department and unit), filled in by hand from the published
// PDF of 普陀区司法局 (test/fixtures/import/README-justice.md), imported as a clerk would: with --strict,
// every published figure of the nine tables must come out equal to the PDF, and the report's counts must
// say so. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseBudget, standardTables } from '../../dist/lib/index.js';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-kit.js', ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'bk-template-'));
const expected = JSON.parse(readFileSync('test/fixtures/import/putuo-justice-2026-expected.json', 'utf8'));

/**
 * The figures of a table as a sorted list, position aside. Exact, but written without trailing zeros: the
 * workbook prints 0.00 through its #,##0.00 format where the PDF prints 0 (the 三公 row); the amount is the same.
 */
const exact = (v) => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
const sorted = (values) => values.map(exact).sort();

for (const version of ['department', 'unit']) {
  test(`the filled ${version} template imports with --strict: every figure of the nine tables equals the PDF`, () => {
    const dir = tmp();
    const out = join(dir, 'j.json');
    const r = run('import', `test/fixtures/import/putuo-justice-2026-${version}.xlsx`, '--strict', '-o', out);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /[✗⚠]/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(parseBudget(doc).ok, true);
    assert.equal(doc.meta.fiscalYear, 2026);
    assert.equal(doc.meta.unit, '元');
    assert.equal(run('validate', out).status, 0);

    // The tables the template prints (its layouts), not those of what its text states.
    const tables = standardTables(parseBudget(doc).document).filter((t) => doc.tables.some((l) => l.kind === t.kind));
    let total = 0;
    // The nine tables in the template's order; the unit version says 预算单位 / 单位 where the department's says 部门.
    assert.equal(tables.length, expected.tables.length);
    for (const [i, t] of expected.tables.entries()) {
      const table = tables[i];
      const title = table.title;
      assert.equal(title.replace(/预算单位|单位/, '部门'), t.title);
      const published = t.rows.flatMap((row) => Object.values(row.values));
      assert.equal(published.length, t.cells, title);
      total += t.cells;
      // The report counts what the table publishes and what was read.
      if (!/财政拨款收支/.test(title))
        assert.match(r.stdout, new RegExp(`${title.replace(/[“”]/g, '.')} \\[\\w+\\] \\d+ 行，${t.cells}/${t.cells} 个数字，已导入`), title);
      const shown = table.rows.flatMap((row) => row.cells.filter((c, i) => c !== undefined && table.columns[i]?.type === 'amount'));
      assert.deepEqual(sorted(shown), sorted(published), title);
    }
    assert.equal(total, expected.cells);
    assert.match(r.stdout, new RegExp(`已写出 .*：${expected.cells - expected.tables.find((t) => /财政拨款收支/.test(t.title)).cells} 个数字全部导入`));
  });
}

test('the README shows the report the department template gives', () => {
  const dir = tmp();
  copyFileSync('test/fixtures/import/putuo-justice-2026-department.xlsx', join(dir, 'putuo-justice-2026-department.xlsx'));
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/budget-kit.js'), 'import', 'putuo-justice-2026-department.xlsx'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.slice(readme.indexOf('2. **Read the report.**')).split('```')[1];
  const shown = block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.includes('…'));
  assert.ok(shown.length >= 14);
  for (const line of shown) assert.ok(r.stdout.includes(line), `README shows a line the import does not print: ${line}`);
});

test('--json prints the report as data, with the exit code and the verdict', () => {
  const dir = tmp();
  const r = run('import', 'test/fixtures/import/putuo-justice-2026-department.xlsx', '--json', '-o', join(dir, 'j.json'));
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.exit, 0);
  assert.deepEqual(report.figures, { read: 352, present: 352 });
  assert.equal(report.tables.length, 9);
  assert.deepEqual(
    report.tables.map((t) => t.status),
    ['✓', '✓', '✓', '·', '✓', '✓', '✓', '✓', '✓'],
  );
  assert.deepEqual(report.tables[1].figures, { present: 110, read: 110, unread: [] });
  assert.match(report.verdict, /352 个数字全部导入/);
  assert.deepEqual(
    report.issues.map((i) => [i.code, i.severity]),
    [
      ['sheet.contents', 'info'],
      ['table.empty', 'info'],
      ['table.empty', 'info'],
    ],
  );
});

test('a folder imports every file into OUTDIR: a report each, progress, a summary line per file, the worst exit code', () => {
  const dir = tmp();
  const src = join(dir, 'in');
  mkdirSync(src);
  copyFileSync('test/fixtures/import/putuo-justice-2026-department.xlsx', join(src, 'a-司法局.xlsx'));
  copyFileSync('test/fixtures/import/putuo-justice-2026-unit.xlsx', join(src, 'b-司法局单位.xlsx'));
  writeFileSync(join(src, 'c-旧表.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  writeFileSync(join(src, 'notes.txt'), 'not a disclosure');
  const out = join(dir, 'out');
  const r = run('import', src, '-o', out);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /\[1\/3\] a-司法局\.xlsx\n/);
  assert.match(r.stderr, /\[3\/3\] c-旧表\.xls\n/);
  assert.match(
    r.stderr,
    /c-旧表\.xls：无法读取：是旧版 Excel\/WPS 表格格式（\.xls\/\.et），不能直接导入：请在 WPS 或 Excel 中打开，“另存为” Excel 工作簿（\.xlsx）后再导入/,
  );
  assert.match(r.stdout, /汇总：3 个文件，2 个完整，0 个不完整，1 个没有生成 JSON/);
  assert.match(r.stdout, new RegExp(`✓ a-司法局\\.xlsx → ${out.replace(/[/\\]/g, '.')}.a-司法局\\.json（352/352 个数字）`));
  assert.match(r.stdout, /✗ c-旧表\.xls：/);
  assert.equal(parseBudget(readFileSync(join(out, 'b-司法局单位.json'), 'utf8')).ok, true);
  assert.deepEqual(readdirSync(out).sort(), ['a-司法局.json', 'b-司法局单位.json']);
  // the same folder without the old file: all complete
  rmSync(join(src, 'c-旧表.xls'));
  assert.equal(run('import', src, '-o', out).status, 0);
});
