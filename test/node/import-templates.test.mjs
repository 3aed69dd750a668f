// The official Shanghai 2026 budget workbooks (department and unit), filled in by hand from the published
// PDF of 普陀区司法局 (test/fixtures/import/README-justice.md), imported as a clerk would: with --strict,
// every published figure of the nine tables must come out equal to the PDF, and the report's counts must
// say so. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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

    const tables = standardTables(parseBudget(doc).document);
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
