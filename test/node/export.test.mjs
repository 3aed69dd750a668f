// budget-kit export, run as a user would (needs `npm run build`): the files it writes hold the standard
// tables exactly as the widgets show them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import readExcelFile from 'read-excel-file/node';
import { parseBudget, standardTables, tableGrid, toCSV } from '../../dist/lib/index.js';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-kit.js', ...args], { encoding: 'utf8' });
const FILES = ['data/xushui-administrative-approval-2024.json', 'data/shanghai-putuo-commerce-2025.json'];
const docOf = (file) => parseBudget(readFileSync(file, 'utf8')).document;
const tablesOf = (file) => standardTables(docOf(file));

for (const file of FILES) {
  test(`export --format xlsx: ${file} — one sheet per standard table, every figure exact`, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bk-')), 'tables.xlsx');
    const r = run('export', file, '--format', 'xlsx', '-o', out);
    assert.equal(r.status, 0, r.stderr);
    const tables = tablesOf(file);
    const sheets = await readExcelFile(out);
    assert.equal(sheets.length, tables.length);
    let figures = 0;
    for (const [i, table] of tables.entries()) {
      const grid = tableGrid(table, 'zh-CN', docOf(file).meta);
      const data = sheets[i].data;
      assert.equal(data[0][0], table.title);
      for (const [r, row] of grid.entries()) {
        for (const [c, cell] of row.entries()) {
          const got = data[r]?.[c] ?? null;
          if (!cell) assert.equal(got, null, `${table.title} R${r + 1}C${c + 1} should be empty`);
          else if (cell.numeric) {
            figures++;
            const decimals = cell.text.split('.')[1]?.length ?? 0;
            assert.equal(typeof got, 'number', `${table.title} R${r + 1}C${c + 1}`);
            assert.equal(got.toFixed(decimals), cell.text, `${table.title} R${r + 1}C${c + 1}`);
          } else assert.equal(got, cell.text, `${table.title} R${r + 1}C${c + 1}`);
        }
      }
    }
    assert.ok(figures > 100, `${figures} figures`);
  });

  test(`export --format csv: ${file} — one CSV per table, as the <budget-table> download`, () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bk-')), 'csv');
    const r = run('export', file, '--format', 'csv', '-o', dir);
    assert.equal(r.status, 0, r.stderr);
    const tables = tablesOf(file);
    const names = readdirSync(dir).sort();
    assert.equal(names.length, tables.length);
    for (const [i, table] of tables.entries()) {
      const text = readFileSync(join(dir, names[i]), 'utf8');
      assert.ok(names[i].endsWith(`${table.title}.csv`), names[i]);
      assert.equal(text, toCSV(tableGrid(table, 'zh-CN', docOf(file).meta)));
      assert.ok(text.startsWith('\uFEFF'));
    }
  });
}

test('export --lang en writes English headers', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bk-')), 'csv');
  assert.equal(run('export', FILES[0], '--format', 'csv', '--lang', 'en', '-o', dir).status, 0);
  const first = readFileSync(join(dir, readdirSync(dir).sort()[0]), 'utf8');
  assert.match(first, /Department: 202保定市徐水区行政审批局,Budget year: 2024\r\nUnit: 万元\r\nNo\.,/);
});

test('export refuses an invalid file, says why, and writes nothing', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'bk-')), 'bad.xlsx');
  const r = run('export', 'test/fixtures/invalid/bad-code.json', '--format', 'xlsx', '-o', out);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /不是有效的标准预算 JSON，未导出/);
  assert.match(r.stderr, /\$\.expenditure\.functional\[0\]\.code/);
  assert.equal(existsSync(out), false);
});

test('export needs one file and a known format', () => {
  assert.equal(run('export', FILES[0]).status, 2);
  const r = run('export', FILES[0], '--format', 'pdf');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--format csv 或 xlsx/);
  assert.equal(run('export', 'no-such-file.json', '--format', 'csv').status, 1);
});
