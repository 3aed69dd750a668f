import { expect } from '@open-wc/testing';
import { strToU8, zipSync } from 'fflate';
import { DocxError, readDocx } from '../../src/import/docx.js';
import { bodyAmount, extractFromDocx, extractFromSheets } from '../../src/import/extract.js';
import { docx, p, tbl, type C } from '../helpers/docx.js';

const SUMMARY_HEAD: C[][] = [
  [
    { text: '序号', merge: 'restart' },
    { text: '收入', span: 2 },
    { text: '支出', span: 2 },
  ],
  [{ text: '', merge: 'continue' }, '项  目', '预算数', '项  目', '预算数'],
  ['栏次', '1', '2', '3', '4'],
];

describe('importer: .docx', () => {
  it('reads paragraphs and tables in order; merged cells repeat their text; entities decode', () => {
    const blocks = readDocx(
      docx(
        p('部门预算收支总表'),
        p('单位：万元'),
        tbl([...SUMMARY_HEAD, ['1', '一、一般公共预算拨款收入', '598.78', '一、一般公共服务支出', '528.19']]),
        p('R&D 说明'),
      ),
    );
    expect(blocks.map((b) => b.type)).to.deep.equal(['paragraph', 'paragraph', 'table', 'paragraph']);
    const table = blocks[2]!.type === 'table' ? blocks[2]!.rows : [];
    expect(table[0]).to.deep.equal(['序号', '收入', '收入', '支出', '支出']);
    expect(table[1]).to.deep.equal(['序号', '项  目', '预算数', '项  目', '预算数']);
    expect(blocks[3]).to.deep.include({ text: 'R&D 说明' });
  });

  it('says what is wrong with a file that is not a Word document', () => {
    expect(() => readDocx(strToU8('plain text'))).to.throw(DocxError, /not a \.docx/);
    expect(() => readDocx(zipSync({ 'a.txt': strToU8('x') }))).to.throw(DocxError, /word\/document\.xml is missing/);
  });

  it('finds a standard table by its title, with its unit, department and year lines and its header', () => {
    const { tables, issues } = extractFromDocx(
      readDocx(
        docx(
          p('部门预算收支总表'),
          p('编制部门：202保定市徐水区行政审批局'),
          p('预算年度：2024'),
          p('单位：万元'),
          tbl([...SUMMARY_HEAD, ['1', '一、一般公共预算拨款收入', '598.78', '一、一般公共服务支出', '528.19']]),
        ),
      ),
    );
    expect(issues).to.deep.equal([]);
    expect(tables).to.have.length(1);
    const t = tables[0]!;
    expect([t.kind, t.title, t.unit, t.department, t.year]).to.deep.equal(['summary', '部门预算收支总表', '万元', '202保定市徐水区行政审批局', 2024]);
    expect(t.header).to.deep.equal({ rows: 3, columnNumbers: true, labels: ['序号', '收入·项目', '收入·预算数', '支出·项目', '支出·预算数'] });
    expect(t.body).to.deep.equal([['1', '一、一般公共预算拨款收入', '598.78', '一、一般公共服务支出', '528.19']]);
  });

  it('keeps an empty table with its note, and reports it as empty', () => {
    const note = '本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。';
    const { tables, issues } = extractFromDocx(
      readDocx(
        docx(
          p('部门预算政府性基金预算财政拨款支出表'),
          p('单位：万元'),
          tbl([
            ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            ['', '', '', '', ''],
          ]),
          p(`注：${note}`),
        ),
      ),
    );
    expect(tables[0]!.kind).to.equal('governmentFundExpenditure');
    expect(tables[0]!.body).to.deep.equal([]);
    expect(tables[0]!.note).to.equal(note);
    expect(issues).to.deep.equal([
      { code: 'table.empty', location: { table: '部门预算政府性基金预算财政拨款支出表' }, text: '部门预算政府性基金预算财政拨款支出表', detail: note },
    ]);
  });

  it('reports a table it does not know, by the heading before it', () => {
    const { tables, issues } = extractFromDocx(
      readDocx(
        docx(
          p('部门人员编制情况表'),
          tbl([
            ['类别', '人数'],
            ['行政编制', '12'],
          ]),
        ),
      ),
    );
    expect(tables).to.deep.equal([]);
    expect(issues).to.deep.equal([{ code: 'table.unknown', location: { table: '部门人员编制情况表' }, text: '类别 | 人数' }]);
  });

  it('reports a cell with text where a number belongs, with its row and column in the source table', () => {
    const { tables } = extractFromDocx(
      readDocx(
        docx(
          p('部门预算支出总表'),
          p('单位：万元'),
          tbl([
            ['科目编码', '科目名称', '合计'],
            ['201', '一般公共服务支出', '528.19'],
            ['20103', '政府办公厅', '约500'],
          ]),
        ),
      ),
    );
    const t = tables[0]!;
    expect(bodyAmount(t, 0, 2)).to.deep.equal({ value: '528.19' });
    expect(bodyAmount(t, 1, 2)).to.deep.equal({ issue: { code: 'amount.text', location: { table: '部门预算支出总表', row: 3, column: 3 }, text: '约500' } });
  });
});

describe('importer: workbook sheets', () => {
  it('reads the Shanghai layout: title in the sheet, 元 unit line, thousands separators, split codes', () => {
    const { tables, issues } = extractFromSheets([
      {
        sheet: 'Sheet1',
        data: [
          ['2025年部门一般公共预算支出功能分类预算表', null, null, null, null, null],
          ['编制单位：上海市普陀区商务委员会', null, null, null, null, '单位：元'],
          ['类', '款', '项', '功能分类科目名称', '合计', '基本支出'],
          ['201', null, null, '一般公共服务支出', '21,601,733.00', '10,123.45'],
          ['201', '13', null, '商贸事务', '21,601,733.00', null],
        ],
      },
      { sheet: '封面', data: [['上海市普陀区商务委员会2025年部门预算']] },
      { sheet: '人员情况', data: [['人员情况'], ['在职 12 人']] },
    ]);
    // The cover is the document's title page, not an unknown table; a sheet that is neither is reported.
    expect(issues).to.deep.equal([{ code: 'table.unknown', location: { table: '人员情况' }, text: '人员情况' }]);
    const t = tables[0]!;
    expect([t.kind, t.year, t.unit, t.department]).to.deep.equal(['generalPublicExpenditure', 2025, '元', '上海市普陀区商务委员会']);
    expect(t.header.labels).to.deep.equal(['类', '款', '项', '功能分类科目名称', '合计', '基本支出']);
    expect(bodyAmount(t, 0, 4)).to.deep.equal({ value: '21601733.00' });
    expect(bodyAmount(t, 1, 5)).to.deep.equal({});
    expect(t.firstBodyRow).to.equal(4);
  });
});
