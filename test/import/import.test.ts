import { expect } from '@open-wc/testing';
import { importFromSheets } from '../../src/import/import.js';
import { tableGrid } from '../../src/model/export.js';
import { parseBudget } from '../../src/model/parse.js';
import { deriveTable, standardTables } from '../../src/model/tables.js';
import { SEED, SHANGHAI, text } from '../helpers/files.js';

describe('importer: a whole workbook of standard tables', () => {
  for (const file of [SEED, SHANGHAI]) {
    it(`export → import of ${file} gives a valid JSON whose nine standard tables equal the published ones`, async () => {
      const doc = parseBudget(await text(file)).document!;
      const tables = standardTables(doc);
      const sheets = tables.map((t, i) => ({
        sheet: `${String(t.number ?? i + 1).padStart(2, '0')}-${t.title}`.slice(0, 31),
        data: tableGrid(t, 'zh-CN', doc.meta).map((row) => row.map((c) => c?.text ?? null)),
      }));
      const { document, report } = importFromSheets(sheets);
      expect(report.issues.filter((i) => i.code !== 'table.empty')).to.deep.equal([]);
      expect(report.recognized.map((r) => r.kind)).to.deep.equal(tables.map((t) => t.kind));
      const parsed = parseBudget(document);
      expect(parsed.errors).to.deep.equal([]);
      const imported = parsed.document!;
      expect(imported.meta).to.deep.include({ fiscalYear: doc.meta.fiscalYear, unit: doc.meta.unit, phase: doc.meta.phase });
      expect(imported.meta.department).to.deep.equal({
        name: doc.meta.department.name,
        ...(doc.meta.department.code ? { code: doc.meta.department.code } : {}),
      });
      let figures = 0;
      for (const t of tables) {
        const again = deriveTable(imported, t.kind)!;
        expect(again.title, t.kind).to.equal(t.title);
        expect(again.unit, t.kind).to.equal(t.unit);
        expect(
          again.rows.map((r) => r.cells),
          t.kind,
        ).to.deep.equal(t.rows.map((r) => r.cells));
        figures += t.rows.flatMap((r) => r.cells.filter((c, i) => c !== undefined && t.columns[i]!.type === 'amount')).length;
      }
      expect(figures).to.be.greaterThan(60);
    });
  }
});

describe('importer: what a budget JSON cannot do without', () => {
  it('writes no JSON, and says what is missing, when the summary table has no totals', () => {
    const { document, report } = importFromSheets([
      {
        sheet: '1',
        data: [
          ['部门预算收支总表'],
          ['编制部门：101某局', '预算年度：2024'],
          ['单位：万元'],
          ['收入·项目', '收入·预算数', '支出·项目', '支出·预算数'],
          ['一、一般公共预算拨款收入', '10.00', '一、一般公共服务支出', '10.00'],
        ],
      },
    ]);
    expect(document).to.equal(undefined);
    expect(report.issues).to.deep.equal([{ code: 'document.incomplete', location: { table: '1' }, text: '收入总计、支出总计' }]);
  });
});
