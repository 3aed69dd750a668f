import { expect } from '@open-wc/testing';
import { strToU8, zipSync } from 'fflate';
import { parseCode } from '../../src/import/cells.js';
import { mapColumns } from '../../src/import/columns.js';
import { readDocx } from '../../src/import/docx.js';
import { importFromDocx, importFromSheets } from '../../src/import/import.js';
import { docx, p, tbl } from '../helpers/docx.js';
import { readDisclosure } from '../../src/import/read.js';
import { ImportInputError } from '../../src/import/archive.js';
import { recognizeTitle } from '../../src/import/titles.js';
import { standardTables } from '../../src/model/tables/index.js';
import { readWorkbook } from '../../src/import/xlsx-decimals.js';
import { issueLine } from '../../src/import/report.js';
import type { Cell } from '../../src/import/columns.js';

// The layouts of the official Shanghai workbooks (department and unit versions) as a clerk fills them in.

const code = (parts: Array<string | number | null>) => {
  const r = parseCode(parts);
  return r.ok ? r.code : 'BAD';
};

describe('parseCode on codes as workbooks and PDFs keep them', () => {
  it('reads a code printed with its parts apart in one cell, a one-digit part being one that lost its zero', () => {
    expect(code(['301 2'])).to.equal('30102');
    expect(code(['208 5 1'])).to.equal('2080501');
    expect(code(['301 02'])).to.equal('30102');
    expect(code(['30 12'])).to.equal('BAD');
  });
});

describe('recognizeTitle on the templates’ wordings', () => {
  it('does not take the 一 of 一般公共预算 for a table number', () => {
    expect(recognizeTitle('一般公共预算财政拨款基本支出表')).to.deep.include({ kind: 'basicEconomic', title: '一般公共预算财政拨款基本支出表' });
    expect(recognizeTitle('一般公共预算财政拨款基本支出表')!.number).to.equal(undefined);
    expect(recognizeTitle('三、部门收支总表')).to.deep.include({ kind: 'summary', number: 3, title: '部门收支总表' });
    expect(recognizeTitle('表一 部门收支总表')!.number).to.equal(1);
  });

  it('reads titles with or without the year', () => {
    expect(recognizeTitle('2026年部门财务收支预算总表')).to.deep.include({ kind: 'summary', year: 2026 });
    expect(recognizeTitle('部门财务收支预算总表')!.kind).to.equal('summary');
    expect(recognizeTitle('2026年预算单位收入预算总表')!.kind).to.equal('income');
  });
});

describe('mapColumns under group headings', () => {
  const specs = [
    { key: 'total', label: '合计', match: /^合计$/, required: true },
    { key: 'sub', label: '本年收入·小计', match: /本年收入·小计$/ },
  ];
  it('finds a column under any group heading, a whole label first', () => {
    expect(mapColumns(['收入预算·合计', '收入预算·事业收入'], specs, { table: 't' }).index).to.deep.equal({ total: 0 });
    expect(mapColumns(['本年收入·小计', '合计'], specs, { table: 't' }).index).to.deep.equal({ total: 1, sub: 0 });
  });
});

/** The 收支总表 of the template: 本年收入 / 本年支出 over 项目 and 预算数, 收入总计 at the foot. */
const SUMMARY: Cell[][] = [
  [null, null, null, null],
  ['2026年部门财务收支预算总表', null, null, null],
  ['编制部门：上海市普陀区某局', null, null, '单位：元'],
  ['本年收入', null, '本年支出', null],
  ['项目', '预算数', '项目', '预算数'],
  ['一、财政拨款收入', 1500, '一、一般公共服务支出', 1000],
  ['1. 一般公共预算', 1500, '二、公共安全支出', 500],
  ['2. 政府性基金预算', 0, null, null],
  ['二、事业收入', null, null, null],
  ['收入总计', 1500, '支出总计', 1500],
];

/** A functional table as the template has it: 项目 over the code columns, the 合计 under 支出预算, codes typed as numbers. */
const EXPENDITURE = (rows: Cell[][]): Cell[][] => [
  ['2026年部门支出预算总表'],
  ['编制部门：上海市普陀区某局', null, null, null, null, null, '单位：元'],
  ['项目', null, null, null, '支出预算', null, null],
  ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
  ['类', '款', '项', null, null, null, null],
  ...rows,
];

const ROWS: Cell[][] = [
  [201, null, null, '一般公共服务支出', 1000, 800, 200],
  [201, 3, null, '政府办公厅（室）及相关机构事务', 1000, 800, 200],
  [201, 3, 1, '行政运行', 1000, 800, 200],
  [204, null, null, '公共安全支出', 500, 500, null],
  [204, 6, null, '司法', 500, 500, null],
  [204, 6, 1, '行政运行', 500, 500, null],
  ['合计', null, null, null, 1500, 1300, 200],
];

const TEXT = (title: string, ...lines: string[]): Cell[][] => [[title], [null], [lines.join('\n')]];

describe('importFromSheets on a filled template', () => {
  it('reads every figure: numeric codes, the 合计 row in the code cells, columns under 支出预算, 本年收入 headers', () => {
    const { document, report } = importFromSheets([
      { sheet: '部门收支总表', data: SUMMARY },
      { sheet: '部门支出总表', data: EXPENDITURE(ROWS) },
    ]);
    expect(report.issues.filter((i) => i.code !== 'table.empty')).to.deep.equal([]);
    const doc = document!;
    expect(doc.income).to.deep.equal({ total: '1500', bySource: { fiscal: '1500', generalPublicBudget: '1500', governmentFund: '0' } });
    expect(doc.expenditure.functionalTotal).to.deep.equal({ total: '1500', byType: { basic: '1300', project: '200' } });
    expect(doc.expenditure.functional.map((f) => f.code)).to.deep.equal(['201', '20103', '2010301', '204', '20406', '2040601']);
    expect(report.recognized.map((r) => [r.kind, r.figures])).to.deep.equal([
      ['summary', { present: 7, read: 7, unread: [] }],
      ['expenditure', { present: 18, read: 18, unread: [] }],
    ]);
  });

  it('counts what it does not read: a 小计 row, a column it does not know, a 类 line that differs', () => {
    const rows = ROWS.map((r) => [...r, r[0] === '合计' ? 7 : 1]);
    rows.splice(3, 0, [null, null, null, '小计', 1000, 800, 200, 1]);
    const data = EXPENDITURE(rows);
    data[3]!.push('其他支出');
    const summary = SUMMARY.map((r) => [...r]);
    summary[6]![3] = 400;
    const { document, report } = importFromSheets([
      { sheet: '部门收支总表', data: summary },
      { sheet: '部门支出总表', data },
    ]);
    expect(document).to.not.equal(undefined);
    const [s, e] = report.recognized;
    expect(s!.figures).to.deep.include({ present: 7, read: 6 });
    expect(report.issues.find((i) => i.code === 'figure.mismatch')).to.deep.equal({
      code: 'figure.mismatch',
      location: { table: '部门收支总表', row: 7, column: 4 },
      text: '公共安全支出 400',
      detail: '204 公共安全支出 500',
    });
    // 18 figures read; the 小计 row's 3, and the unknown column's 8 (one per row), are not
    expect(e!.figures!.read).to.equal(18);
    expect(e!.figures!.present).to.equal(18 + 3 + 8);
    expect(e!.figures!.unread.filter((u) => u.column === 8)).to.have.length(8);
    expect(e!.figures!.unread.filter((u) => u.row === 9).map((u) => u.text)).to.deep.equal(['1000', '800', '200', '1']);
    expect(report.issues.find((i) => i.code === 'table.subtotalRow')).to.deep.include({ location: { table: '部门支出总表', row: 9 } });
  });

  it('keeps no figure when no JSON comes out, and says so', () => {
    const { document, report } = importFromSheets([{ sheet: '部门支出总表', data: EXPENDITURE(ROWS) }]);
    expect(document).to.equal(undefined);
    expect(report.recognized[0]).to.deep.include({ kept: false });
    expect(report.recognized[0]!.figures).to.deep.include({ present: 18, read: 0 });
  });

  it('reads the text sheets as the written part, the cover as the title, and notes the 目录', () => {
    const { document, report } = importFromSheets([
      { sheet: '封面', data: [[null], ['上海市普陀区2026年区级部门预算'], [null], ['预算主管部门：上海市普陀区某局']] },
      { sheet: '目录', data: [['目录'], ['一、部门主要职能']] },
      { sheet: '部门主要职能', data: TEXT('上海市普陀区某局主要职能', '某局是区政府工作部门，主要职责是：', '（一）贯彻执行法律法规。') },
      {
        sheet: '名词解释',
        data: TEXT('名词解释', '（一）财政拨款收入：是本年度从本级财政部门取得的财政拨款。', '（二）事业收入：指事业单位开展专业业务活动取得的收入。'),
      },
      { sheet: '部门编制说明', data: TEXT('2026年部门预算编制说明', '2026年，某局收入预算0.15万元，比2025年预算增加0.05万元。') },
      { sheet: '部门收支总表', data: SUMMARY.map((r, i) => (i === 2 ? ['编制部门：', null, null, '单位：元'] : r)) },
      { sheet: '部门支出总表', data: EXPENDITURE(ROWS) },
      {
        sheet: '项目经费情况说明',
        data: TEXT('人民调解项目经费情况说明', '一、项目概述', '化解矛盾纠纷。', '二、立项依据', '《人民调解法》。'),
      },
    ]);
    expect(report.issues.map((i) => i.code)).to.deep.equal(['sheet.contents']);
    const doc = document!;
    expect(doc.meta.title).to.equal('上海市普陀区2026年区级部门预算');
    expect(doc.meta.department).to.deep.equal({ name: '上海市普陀区某局' });
    expect(doc.glossary).to.deep.equal([
      { term: '财政拨款收入', definition: '是本年度从本级财政部门取得的财政拨款。' },
      { term: '事业收入', definition: '指事业单位开展专业业务活动取得的收入。' },
    ]);
    // The change the sentence gives is its income's (收入预算), said so, not taken for the total.
    expect(doc.changes).to.deep.equal([{ subject: 'income', change: '0.05', comparedWith: '2025年预算', unit: '万元' }]);
    expect(doc.narrative!.map((s) => [s.id, s.title, s.paragraphs.length])).to.deep.equal([
      ['duties', '上海市普陀区某局主要职能', 2],
      ['overview', '2026年部门预算编制说明', 1],
      ['projects', '人民调解项目经费情况说明', 4],
    ]);
    expect(report.narrative).to.deep.include({ sections: 3, glossary: 2, changes: 1 });
  });

  it('reports hidden sheets and rows, and formulas saved without their results, at their places', () => {
    const { document, report } = importFromSheets([
      { sheet: '部门收支总表', data: SUMMARY, hiddenRows: [7], formulasWithoutValue: ['B10'] },
      { sheet: '部门支出总表', data: EXPENDITURE(ROWS), hidden: true },
      { sheet: 'list', data: [['下拉选项'], ['元'], ['万元']], hidden: true },
    ]);
    expect(document).to.not.equal(undefined);
    expect(report.issues).to.deep.equal([
      { code: 'formula.noValue', location: { table: '部门收支总表', row: 10, column: 2 }, text: 'B10' },
      { code: 'rows.hidden', location: { table: '部门收支总表' }, text: '8' },
      { code: 'sheet.hidden', location: { table: '部门支出总表' } },
      { code: 'sheet.hiddenSkipped', location: { table: 'list' } },
    ]);
    // the hidden sheet's figures were read
    expect(report.recognized[1]!.figures).to.deep.include({ present: 18, read: 18 });
  });
});

describe('importFromDocx on the same tables in Word', () => {
  it('reads the template layout from Word tables: merged group headings, 合计 in the merged code cells, split codes', () => {
    const m = (text: string, span: number) => ({ text, span });
    const blocks = readDocx(
      docx(
        p('上海市普陀区某局2026年部门预算'),
        p('2026年部门财务收支预算总表'),
        p('编制部门：上海市普陀区某局'),
        p('单位：元'),
        tbl([
          [m('本年收入', 2), m('本年支出', 2)],
          ['项目', '预算数', '项目', '预算数'],
          ['一、财政拨款收入', '1,500.00', '一、一般公共服务支出', '1,500.00'],
          ['1. 一般公共预算', '1,500.00', '', ''],
          ['收入总计', '1,500.00', '支出总计', '1,500.00'],
        ]),
        p('2026年部门支出预算总表'),
        p('编制部门：上海市普陀区某局'),
        p('单位：元'),
        tbl([
          [m('项目', 4), m('支出预算', 3)],
          [m('功能分类科目编码', 3), '功能分类科目名称', '合计', '基本支出', '项目支出'],
          ['类', '款', '项', '', '', '', ''],
          ['201', '', '', '一般公共服务支出', '1,500.00', '1,000.00', '500.00'],
          ['201', '03', '', '政府办公厅（室）及相关机构事务', '1,500.00', '1,000.00', '500.00'],
          ['201', '03', '01', '行政运行', '1,500.00', '1,000.00', '500.00'],
          [m('合计', 4), '1,500.00', '1,000.00', '500.00'],
        ]),
      ),
    );
    const { document, report } = importFromDocx(blocks);
    expect(report.issues.filter((i) => i.code !== 'table.empty')).to.deep.equal([]);
    expect(report.recognized.map((r) => [r.kind, r.figures!.read, r.figures!.present])).to.deep.equal([
      ['summary', 5, 5],
      ['expenditure', 12, 12],
    ]);
    expect(document!.expenditure.functionalTotal).to.deep.equal({ total: '1500.00', byType: { basic: '1000.00', project: '500.00' } });
    expect(document!.expenditure.functional.map((f) => f.code)).to.deep.equal(['201', '20103', '2010301']);
  });
});

describe('importFromDocx: a 类 line of the 收支总表 under the 类’s former name', () => {
  const blocks = (healthInSummary: string) =>
    readDocx(
      docx(
        p('2024年预算单位财务收支预算总表'),
        p('编制单位：上海市普陀区社会福利院 单位：元'),
        tbl([
          [
            { text: '本年收入', span: 2 },
            { text: '本年支出', span: 2 },
          ],
          ['项目', '预算数', '项目', '预算数'],
          ['一、财政拨款收入', '503,724', '一、医疗卫生与计划生育支出', healthInSummary],
          ['收入总计', '503,724', '支出总计', '503,724'],
        ]),
        p('2024年预算单位支出预算总表'),
        p('编制单位：上海市普陀区社会福利院 单位：元'),
        tbl([
          [
            { text: '项目', span: 4 },
            { text: '支出预算', span: 3 },
          ],
          [{ text: '功能分类科目编码', span: 3 }, '功能分类科目名称', '合计', '基本支出', '项目支出'],
          ['类', '款', '项', '', '', '', ''],
          ['210', '', '', '卫生健康支出', '503,724', '503,724', ''],
          ['210', '11', '', '行政事业单位医疗', '503,724', '503,724', ''],
          ['210', '11', '02', '事业单位医疗', '503,724', '503,724', ''],
          [{ text: '合计', span: 4 }, '503,724', '503,724', ''],
        ]),
      ),
    );

  it('is the same 类 (210, 医疗卫生与计划生育支出 until 2018): its figure checked and read, the old name noted', () => {
    const { report } = importFromDocx(blocks('503,724'));
    const notes = report.issues.filter((i) => i.code !== 'table.empty');
    expect(notes.map((i) => [i.code, i.text, i.detail])).to.deep.equal([['name.former', '医疗卫生与计划生育支出', '210 卫生健康支出（2018 年起）']]);
    expect(issueLine(notes[0]!, 'zh-CN')).to.match(/^ {2}· /);
    expect(report.recognized.find((r) => r.kind === 'summary')!.figures!.unread).to.deep.equal([]);
  });

  it('with a different figure, is a mismatch with the 类 it names, not a note', () => {
    const { report } = importFromDocx(blocks('503,000'));
    expect(report.issues.filter((i) => i.code !== 'table.empty').map((i) => [i.code, i.detail])).to.deep.equal([
      ['figure.mismatch', '210 卫生健康支出 503724'],
    ]);
  });
});

describe('importFromDocx on a PDF’s blocks: an issue at a row says where the row is printed', () => {
  it('gives the page of the row (not the page the table starts on) and its box there', () => {
    const m = (text: string, span: number) => Array(span).fill(text) as string[];
    const rows = [
      [...m('项目', 4), ...m('支出预算', 3)],
      [...m('功能分类科目编码', 3), '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项', '', '', '', ''],
      ['201', '', '', '一般公共服务支出', '1,500.00', '1,000.00', '500.00'],
      ['201', '03', '', '政府办公厅（室）及相关机构事务', '1,500.00', '1,000.00', '500.00'],
      // the next page: a code the PDF prints wrongly
      ['7', '11', '02', '行政运行', '1,500.00', '1,000.00', '500.00'],
      [...m('合计', 4), '1,500.00', '1,000.00', '500.00'],
    ];
    const box = (y: number) => ({ x: 40, y, width: 520, height: 18 });
    const rowPlaces = rows.map((_, i) => (i < 5 ? { page: 11, box: box(100 + i * 18) } : { page: 12, box: box(60 + (i - 5) * 18) }));
    const { report } = importFromDocx(
      [
        { type: 'paragraph', text: '2026年部门财务收支预算总表', index: 0 },
        { type: 'paragraph', text: '编制部门：上海市普陀区某局 单位：元', index: 1 },
        {
          type: 'table',
          rows: [
            [...m('本年收入', 2), ...m('本年支出', 2)],
            ['项目', '预算数', '项目', '预算数'],
            ['一、财政拨款收入', '1,500.00', '一、一般公共服务支出', '1,500.00'],
            ['收入总计', '1,500.00', '支出总计', '1,500.00'],
          ],
          index: 2,
          page: 10,
        },
        { type: 'paragraph', text: '2026年部门支出预算总表', index: 3 },
        { type: 'paragraph', text: '单位：元', index: 4 },
        { type: 'table', rows, index: 5, page: 11, rowPlaces },
      ],
      'pdf',
    );
    const bad = report.issues.find((i) => i.code === 'code.malformed')!;
    expect(bad.location).to.deep.equal({ table: '2026年部门支出预算总表', row: 6, page: 12, box: box(60) });
    expect(issueLine(bad, 'zh-CN')).to.contain('「2026年部门支出预算总表」第 6 行（PDF 第 12 页）');
  });
});

/** A workbook of one or two sheets (XML given), for what only the file says: hidden sheets and rows, formulas. */
function workbook(sheets: Array<{ name: string; xml: string; state?: string }>): Map<string, Uint8Array> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files = new Map<string, Uint8Array>();
  files.set(
    'xl/workbook.xml',
    strToU8(
      `<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`)
        .join('')}</sheets></workbook>`,
    ),
  );
  files.set(
    'xl/_rels/workbook.xml.rels',
    strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  );
  sheets.forEach((s, i) =>
    files.set(`xl/worksheets/sheet${i + 1}.xml`, strToU8(`<?xml version="1.0"?><worksheet ${ns}><sheetData>${s.xml}</sheetData></worksheet>`)),
  );
  return files;
}

describe('readWorkbook: what the sheet reader does not say', () => {
  it('finds hidden sheets, hidden rows and formulas without a cached result', () => {
    const { sheets } = readWorkbook(
      workbook([
        {
          name: 'A',
          xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><f>A1*2</f><v>2</v></c><c r="B2"><f>A1*3</f></c></row>',
        },
        { name: 'B', xml: '<row r="1"><c r="A1"><v>1</v></c></row>', state: 'hidden' },
      ]),
    );
    expect(sheets.get('A')).to.deep.equal({ hidden: false, hiddenRows: [1], formulasWithoutValue: ['B2'] });
    expect(sheets.get('B')).to.deep.equal({ hidden: true, hiddenRows: [], formulasWithoutValue: [] });
  });
});

describe('readDisclosure on other files', () => {
  const refusal = async (bytes: Uint8Array, ext: '.xls' | '.et' | '.wps' | '.doc' | '.xlsx') => {
    try {
      await readDisclosure(bytes, ext);
    } catch (err) {
      return err as ImportInputError;
    }
    throw new Error('not refused');
  };
  const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  it('refuses the old binary formats with the fix, in both languages', async () => {
    for (const ext of ['.xls', '.et', '.xlsx'] as const) {
      const err = await refusal(OLE, ext);
      expect(err).to.be.instanceOf(ImportInputError);
      expect(err.zh, ext).to.match(/旧版 Excel\/WPS 表格格式.*另存为.*\.xlsx/);
      expect(err.en, ext).to.match(/Save as.*\.xlsx/);
    }
    for (const ext of ['.doc', '.wps'] as const) expect((await refusal(OLE, ext)).zh).to.match(/旧版 Word\/WPS 文字格式.*\.docx/);
  });

  it('reads a .et that WPS saved as a workbook (a zip) as .xlsx', async () => {
    const files = workbook([{ name: '部门支出总表', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>部门预算支出总表</t></is></c></row>' }]);
    files.set('[Content_Types].xml', strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'));
    const { report } = await readDisclosure(zipSync(Object.fromEntries(files)), '.et');
    expect(report.recognized.map((r) => r.kind)).to.deep.equal(['expenditure']);
  });
});

describe('a final account (决算) in a Word document', () => {
  const m = (text: string, span: number) => ({ text, span });
  const final = (...more: ReturnType<typeof p>[]) =>
    readDocx(
      docx(
        p('上海市普陀区某局2024年度部门决算'),
        p('收入支出决算总表'),
        p('单位：万元'),
        tbl([
          [m('收入', 2), m('支出', 2)],
          ['项目', '决算数', '项目', '决算数'],
          ['一、一般公共预算财政拨款收入', '100.00', '一、一般公共服务支出', '90.00'],
          ['本年收入合计', '100.00', '本年支出合计', '90.00'],
          ['使用非财政拨款结余（含专用结余）', '', '结余分配', ''],
          ['年初结转和结余', '5.00', '年末结转和结余', '15.00'],
          ['总计', '105.00', '总计', '105.00'],
        ]),
        p('支出决算表'),
        p('单位：万元'),
        tbl([
          [m('项目', 4), '本年支出合计', '基本支出', '项目支出'],
          [m('功能分类科目编码', 3), '科目名称', '', '', ''],
          ['类', '款', '项', '', '', '', ''],
          ['201', '', '', '一般公共服务支出', '90.00', '60.00', '30.00'],
          ['201', '03', '', '政府办公厅（室）及相关机构事务', '90.00', '60.00', '30.00'],
          ['201', '03', '01', '行政运行', '90.00', '60.00', '30.00'],
          [m('合计', 4), '90.00', '60.00', '30.00'],
        ]),
        ...more,
      ),
    );

  it('reads its 收入支出决算总表 and 支出决算表, and names the seven required tables it lacks', () => {
    const { document, report } = importFromDocx(final());
    expect(document!.meta.phase).to.equal('final');
    expect(document!.meta.department.name).to.equal('上海市普陀区某局');
    expect(document!.schemaVersion).to.equal('1.3.0');
    expect(document!.income).to.deep.include({ total: '105.00' });
    expect(document!.expenditure).to.deep.include({ total: '105.00', currentYear: '90.00', carryForward: '15.00' });
    const missing = report.issues.find((i) => i.code === 'document.missingTables')!;
    expect(missing.text).to.equal(
      '收入决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表、一般公共预算财政拨款基本支出决算表、政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款收入支出决算表、财政拨款“三公”经费支出决算表',
    );
    expect(issueLine(missing, 'zh-CN')).to.contain('决算缺少必须公开的表');
  });

  it('reads the 收入决算表 as income by code, apart from what was spent', () => {
    const { document, report } = importFromDocx(
      final(
        p('收入决算表'),
        p('单位：万元'),
        tbl([
          [m('项目', 4), '本年收入合计', '财政拨款收入', '其他收入'],
          [m('功能分类科目编码', 3), '科目名称', '', '', ''],
          ['类', '款', '项', '', '', '', ''],
          ['201', '', '', '一般公共服务支出', '100.00', '100.00', ''],
          ['201', '03', '', '政府办公厅（室）及相关机构事务', '100.00', '100.00', ''],
          ['201', '03', '01', '行政运行', '100.00', '100.00', ''],
          [m('合计', 4), '100.00', '100.00', ''],
        ]),
      ),
    );
    expect(document!.income.functional!.map((f) => [f.code, f.amounts.total])).to.deep.equal([
      ['201', '100.00'],
      ['20103', '100.00'],
      ['2010301', '100.00'],
    ]);
    expect(document!.expenditure.functional.map((f) => [f.code, f.amounts.total])).to.deep.equal([
      ['201', '90.00'],
      ['20103', '90.00'],
      ['2010301', '90.00'],
    ]);
    expect(report.issues.find((i) => i.code === 'document.missingTables')!.text).to.not.contain('收入决算表');
  });

  it('keeps each fund table’s carry-overs to its own fund, and each fund table shows its own rows', () => {
    const fund = (title: string, code: string, name: string, figures: string[]) => [
      p(title),
      p('单位：万元'),
      tbl([
        [m('项目', 4), '年初结转和结余', '本年收入', m('本年支出', 3), '年末结转和结余'],
        [m('功能分类科目编码', 3), '科目名称', '', '', '合计', '基本支出', '项目支出', ''],
        ['类', '款', '项', '', '', '', '', '', '', ''],
        [code.slice(0, 3), code.slice(3, 5), code.slice(5), name, ...figures],
        [m('合计', 4), ...figures],
      ]),
    ];
    const { document } = importFromDocx(
      final(
        ...fund('政府性基金预算财政拨款收入支出决算表', '2120801', '征地和拆迁补偿支出', ['10.00', '20.00', '26.00', '', '26.00', '4.00']),
        ...fund('国有资本经营预算财政拨款收入支出决算表', '2230199', '其他国有资本经营预算支出', ['1.00', '2.00', '3.00', '', '3.00', '0.00']),
      ),
    );
    const total = document!.expenditure.functionalTotal!;
    expect(total.balances).to.deep.equal({
      governmentFund: { opening: '10.00', income: '20.00', closing: '4.00' },
      stateCapital: { opening: '1.00', income: '2.00', closing: '0.00' },
    });
    const rows = (kind: 'governmentFundExpenditure' | 'stateCapitalExpenditure') =>
      standardTables(document!)
        .find((t) => t.kind === kind)!
        .rows.map((r) => [r.code ?? r.cells[1], ...r.cells.slice(2)]);
    // As printed: the item, then 合计.
    expect(rows('stateCapitalExpenditure')).to.deep.equal([
      ['2230199', '1.00', '2.00', '3.00', undefined, '3.00', '0.00'],
      ['合计', '1.00', '2.00', '3.00', undefined, '3.00', '0.00'],
    ]);
    expect(rows('governmentFundExpenditure').map((r) => r[0])).to.deep.equal(['2120801', '合计']);
  });

  it('reads a final account from a workbook in the same layouts: the cover names department and year', () => {
    const { document, report } = importFromSheets([
      { sheet: '封面', data: [['上海市普陀区某局2024年度部门决算']] },
      {
        sheet: '1',
        data: [
          ['收入支出决算总表'],
          ['单位：万元'],
          ['收入', '', '支出', ''],
          ['项目', '决算数', '项目', '决算数'],
          ['一、一般公共预算财政拨款收入', '100.00', '一、一般公共服务支出', '90.00'],
          ['本年收入合计', '100.00', '本年支出合计', '90.00'],
          ['年初结转和结余', '5.00', '年末结转和结余', '15.00'],
          ['总计', '105.00', '总计', '105.00'],
        ],
      },
      {
        sheet: '2',
        data: [
          ['支出决算表'],
          ['单位：万元'],
          ['项目', '', '', '', '本年支出合计', '基本支出', '项目支出'],
          ['功能分类科目编码', '', '', '科目名称', '', '', ''],
          ['类', '款', '项', '', '', '', ''],
          ['201', '', '', '一般公共服务支出', '90.00', '60.00', '30.00'],
          ['201', '03', '01', '行政运行', '90.00', '60.00', '30.00'],
          ['合计', '', '', '', '90.00', '60.00', '30.00'],
        ],
      },
    ]);
    expect(document!.meta).to.deep.include({ fiscalYear: 2024, phase: 'final' });
    expect(document!.meta.department.name).to.equal('上海市普陀区某局');
    expect(document!.expenditure).to.deep.include({ total: '105.00', currentYear: '90.00', carryForward: '15.00' });
    expect(report.recognized.map((r) => [r.kind, r.figures!.read, r.figures!.present])).to.deep.equal([
      ['summary', 8, 8],
      ['expenditure', 9, 9],
    ]);
  });

  it('says so where a split code is read without its 款 and 项 (every row takes its 类’s code), and keeps the first row', () => {
    const { document, report } = importFromDocx(
      final(
        p('收入决算表'),
        p('单位：万元'),
        tbl([
          [m('项目', 4), '本年收入合计', '财政拨款收入', '其他收入'],
          [m('功能分类科目编码', 3), '科目名称', '', '', ''],
          ['201', '', '', '一般公共服务支出', '100.00', '100.00', ''],
          ['201', '03', '', '政府办公厅（室）及相关机构事务', '100.00', '100.00', ''],
          ['201', '03', '01', '行政运行', '60.00', '60.00', ''],
          [m('合计', 4), '100.00', '100.00', ''],
        ]),
      ),
    );
    expect(document!.income.functional!.map((f) => [f.code, f.amounts.total])).to.deep.equal([['201', '100.00']]);
    const repeated = report.issues.filter((i) => i.code === 'code.repeated');
    expect(repeated.map((i) => [i.text, i.detail])).to.deep.equal([
      ['201 政府办公厅（室）及相关机构事务 100.00 100.00', '201 一般公共服务支出'],
      ['201 行政运行 60.00 60.00', '201 一般公共服务支出'],
    ]);
    expect(issueLine(repeated[0]!, 'zh-CN')).to.contain('科目编码在本表中重复出现');
  });
});
