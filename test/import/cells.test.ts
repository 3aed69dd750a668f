import { expect } from '@open-wc/testing';
import { formatLocation, parseAmount, parseCode, parseUnitLine } from '../../src/import/cells.js';
import { mapColumns, readHeader } from '../../src/import/columns.js';
import { recognizeTitle } from '../../src/import/titles.js';

const amount = (t: string | number | null) => {
  const r = parseAmount(t);
  return r.ok ? r.value : 'NOT AN AMOUNT';
};

describe('importer: amounts', () => {
  it('reads thousands separators, full-width digits and spaces, keeping the published decimals', () => {
    expect(amount('371,514,655.00')).to.equal('371514655.00');
    expect(amount('1，234.50')).to.equal('1234.50');
    expect(amount(' 598.78 ')).to.equal('598.78');
    expect(amount('５９８.７８')).to.equal('598.78');
    expect(amount('1 234 567')).to.equal('1234567');
    expect(amount('0.15')).to.equal('0.15');
    expect(amount(598.78)).to.equal('598.78');
  });
  it('reads negatives written with a minus or in brackets', () => {
    expect(amount('-87.5')).to.equal('-87.5');
    expect(amount('−2.43')).to.equal('-2.43');
    expect(amount('(1,234.00)')).to.equal('-1234.00');
    expect(amount('-0.00')).to.equal('0.00');
  });
  it('leaves empty cells absent, never zero', () => {
    for (const e of ['', '  ', '-', '—', '——', '/', null]) expect(amount(e), JSON.stringify(e)).to.equal(undefined);
    expect(amount('0')).to.equal('0');
  });
  it('refuses text where a number belongs, and misplaced separators', () => {
    for (const bad of ['约50万', '598.78万元', '见附表', '1,23.4', '12,3456', '1.2.3', 'N/A']) expect(amount(bad), bad).to.equal('NOT AN AMOUNT');
  });
  it('names the location of a cell in the report', () => {
    expect(formatLocation({ table: '部门预算收支总表', row: 5, column: 3 })).to.equal('「部门预算收支总表」第 5 行第 3 列');
    expect(formatLocation({ table: 'Sheet1', row: 2 }, 'en')).to.equal('“Sheet1” row 2');
  });
});

describe('importer: unit lines', () => {
  it('finds 元, 万元 and 亿元 however the line is written', () => {
    expect(parseUnitLine('单位：万元')).to.equal('万元');
    expect(parseUnitLine('编制单位：某局　　　　单位: 元')).to.equal('元');
    expect(parseUnitLine('（单位：亿元）')).to.equal('亿元');
    expect(parseUnitLine('单 位 ： 万 元')).to.equal('万元');
    expect(parseUnitLine('预算年度：2024')).to.equal(undefined);
  });
});

describe('importer: classification codes', () => {
  const code = (parts: Array<string | null>, ctx?: string) => {
    const r = parseCode(parts, ctx);
    return r.ok ? r.code : 'BAD';
  };
  it('reads whole codes and codes split over 类/款/项 columns', () => {
    expect(code(['2010301'])).to.equal('2010301');
    expect(code(['201 03 01'])).to.equal('2010301');
    expect(code(['201-03-01'])).to.equal('2010301');
    expect(code(['201', '03', '01'])).to.equal('2010301');
    expect(code(['201', '03', ''])).to.equal('20103');
    expect(code(['201', null, null])).to.equal('201');
    expect(code(['', '', '50'], '2010301')).to.equal('2010350');
    expect(code(['', '05', '05'], '2080901')).to.equal('2080505');
    expect(code(['', '', ''])).to.equal(undefined);
  });
  it('refuses what is not a code', () => {
    expect(code(['20103011'])).to.equal('BAD');
    expect(code(['2010'])).to.equal('BAD');
    expect(code(['201', '3', '01'])).to.equal('BAD');
    expect(code(['201', '', '01'])).to.equal('BAD');
    expect(code(['一般公共服务'])).to.equal('BAD');
    expect(code(['', '', '01'])).to.equal('BAD');
  });
});

describe('importer: table titles', () => {
  it('recognises the Hebei and the Shanghai titles, with year, numbering and spacing variants', () => {
    const kinds: Array<[string, string]> = [
      ['部门预算收支总表', 'summary'],
      ['1. 2025年部门财务收支预算总表', 'summary'],
      ['2025年部门收入预算总表', 'income'],
      ['表3 部门预算支出总表', 'expenditure'],
      ['4．2025年部门财政拨款收支预算总表', 'fiscalSummary'],
      ['部门预算一般公共预算财政拨款支出表', 'generalPublicExpenditure'],
      ['2025年部门一般公共预算支出功能分类预算表', 'generalPublicExpenditure'],
      ['部门预算一般公共预算财政拨款基本支出表', 'basicEconomic'],
      ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'basicEconomic'],
      ['部门预算政府性基金预算财政拨款支出表', 'governmentFundExpenditure'],
      ['2025年部门国有资本经营预算支出功能分类预算表', 'stateCapitalExpenditure'],
      ['部门预算财政拨款“三公”经费支出表', 'threePublic'],
      ['2025年部门“三公”经费和机关运行经费预算表', 'threePublicAndOperatingCosts'],
      ['部 门 预 算 收 支 总 表', 'summary'],
      ['附表十 部门政府采购预算表', 'procurement'],
      ['2024年项目绩效目标表', 'projectPerformance'],
    ];
    for (const [title, kind] of kinds) expect(recognizeTitle(title)?.kind, title).to.equal(kind);
    expect(recognizeTitle('1. 2025年部门财务收支预算总表')).to.deep.equal({ kind: 'summary', title: '2025年部门财务收支预算总表', year: 2025, number: 1 });
    expect(recognizeTitle('表3 部门预算支出总表')!.number).to.equal(3);
  });
  it('does not take headings, paragraphs or unknown tables for standard tables', () => {
    for (const t of ['五、部门预算表', '部门人员编制情况表', '一、部门职责及机构设置情况', '本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。']) {
      expect(recognizeTitle(t), t).to.equal(undefined);
    }
  });
});

describe('importer: table headers', () => {
  it('joins a two-level header, finds the 栏次 row, and maps the columns a table needs', () => {
    const rows = [
      ['序号', '收入', '收入', '支出', '支出'],
      ['', '项  目', '预算数', '项  目', '预算数'],
      ['栏次', '1', '2', '3', '4'],
      ['1', '一、一般公共预算拨款收入', '598.78', '一、一般公共服务支出', '528.19'],
    ];
    const h = readHeader(rows);
    expect(h).to.deep.equal({ rows: 3, columnNumbers: true, labels: ['序号', '收入·项目', '收入·预算数', '支出·项目', '支出·预算数'] });
    const { index, issues } = mapColumns(
      h.labels,
      [
        { key: 'incomeName', label: '收入·项目', match: /^收入·项目$/, required: true },
        { key: 'income', label: '收入·预算数', match: /^收入·预算/, required: true },
        { key: 'expName', label: '支出·项目', match: /^支出·项目$/, required: true },
        { key: 'exp', label: '支出·预算数', match: /^支出·预算/, required: true },
      ],
      { table: '部门预算收支总表' },
    );
    expect(index).to.deep.equal({ incomeName: 1, income: 2, expName: 3, exp: 4 });
    expect(issues).to.deep.equal([]);
  });
  it('reports a missing column with the table and the columns it has', () => {
    const h = readHeader([
      ['科目编码', '科目名称', '合计', '基本支出'],
      ['201', '一般公共服务支出', '528.19', '364.16'],
    ]);
    expect(h.rows).to.equal(1);
    const { issues } = mapColumns(
      h.labels,
      [
        { key: 'total', label: '合计', match: /^合计$/, required: true },
        { key: 'byType.project', label: '项目支出', match: /项目支出/, required: true },
      ],
      { table: '部门预算支出总表' },
    );
    expect(issues).to.deep.equal([
      { code: 'table.missingColumn', location: { table: '部门预算支出总表' }, text: '项目支出', detail: '科目编码 | 科目名称 | 合计 | 基本支出' },
    ]);
  });
});
