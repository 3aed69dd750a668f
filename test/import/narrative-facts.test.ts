// What the written part states in sentences, read into schema 1.2.0's fields: the wordings of the six real
// Shanghai budgets (quoted from their PDFs), the variants a clerk writes (截止/截至, 本单位, 为, separators),
// and sentences that do not have the form, which give nothing rather than a guess.
import { expect } from '@open-wc/testing';
import {
  joinCutLines,
  readAssetsText,
  readExpenditureNotes,
  readOrganizationText,
  readProcurementText,
  readQuarterlyPlan,
} from '../../src/import/narrative-facts.js';
import type { BudgetDocument, NarrativeSection } from '../../src/model/types.js';
import { json, REAL_DOCUMENTS } from '../helpers/files.js';

describe('narrative facts: 政府采购', () => {
  it('reads the total, its three parts and both reserves (万里街道 2024)', () => {
    const r = readProcurementText([
      '2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、政府采购服务预算752.59万元。',
      '2024年本部门面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万元。',
    ]);
    expect(r).to.deep.equal({
      unit: '万元',
      summary: { total: '1662.44', goods: '93.98', works: '815.87', services: '752.59', smeReserved: '664.98', smallMicroReserved: '465.49' },
    });
  });

  it('reads 本单位 and 总额为 wordings with separators, and never takes a reserve for the total', () => {
    expect(readProcurementText(['2025年度本单位政府采购预算总额为1,117.00万元，其中：政府采购货物预算17.00万元。'])).to.deep.equal({
      unit: '万元',
      summary: { total: '1117.00', goods: '17.00' },
    });
    // A text that states only the reserve has no total.
    expect(readProcurementText(['面向中小企业预留政府采购项目预算金额12.00万元。'])!.summary).to.deep.equal({ smeReserved: '12.00' });
  });

  it('leaves out a figure in another unit than the first, and reads nothing from a text without figures', () => {
    expect(readProcurementText(['政府采购预算38.20万元，其中：政府采购货物预算78000元。'])!.summary).to.deep.equal({ total: '38.20' });
    expect(readProcurementText(['本部门无政府采购预算。'])).to.equal(undefined);
  });
});

describe('narrative facts: 国有资产', () => {
  it('reads vehicles by class, the equipment line and the planned purchases (司法局 2026)', () => {
    const a = readAssetsText([
      '截至2025年8月31日，上海市普陀区司法局共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车3辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）0台（套）。',
      '2026年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。',
    ]);
    expect(a.asOf).to.equal('2025-08-31');
    expect(a.vehicles).to.equal(3);
    expect(a.vehicleClasses).to.have.length(8);
    expect(a.vehicleClasses![4]).to.deep.equal({ name: '执法执勤用车', count: 3 });
    expect(a.plannedVehicles).to.equal(0);
    expect(a.plannedVehicleClasses!.every((c) => c.count === 0)).to.equal(true);
    expect(a.items).to.deep.equal([{ name: '单价100万元（含）以上设备（不含车辆）', quantity: '0', measureUnit: '台（套）' }]);
    expect(a.plannedItems).to.deep.equal([{ name: '单价100万元（含）以上设备（不含车辆）', quantity: '0', measureUnit: '台（套）' }]);
    expect(a.unit).to.equal(undefined);
  });

  it('reads asset classes with their measure units and parts (万里街道 2023)', () => {
    const a = readAssetsText([
      '截止2022年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米；车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）；单价50万元以上通用设备0台/套；专用设备818台/套（其中：单价100万元以上专用设备0台/套）；其他固定资产0万元。长期投资0项0万元。在建工程1项12277.73万元。无形资产471项234.37万元。',
    ]);
    expect(a.asOf).to.equal('2022-12-31');
    expect(a.unit).to.equal('万元');
    expect(a.items!.map((i) => [i.name, i.quantity, i.measureUnit, i.value, i.partOf])).to.deep.equal([
      ['流动资产', undefined, undefined, '448.82', undefined],
      ['固定资产', undefined, undefined, '3149.52', undefined],
      ['房屋', '14609.83', '平方米', undefined, '固定资产'],
      ['车辆', '7', '辆', undefined, '固定资产'],
      ['单价50万元以上通用设备', '0', '台/套', undefined, '固定资产'],
      ['专用设备', '818', '台/套', undefined, '固定资产'],
      ['单价100万元以上专用设备', '0', '台/套', undefined, '专用设备'],
      ['其他固定资产', undefined, undefined, '0', '固定资产'],
      ['长期投资', '0', '项', '0', undefined],
      ['在建工程', '1', '项', '12277.73', undefined],
      ['无形资产', '471', '项', '234.37', undefined],
    ]);
    expect(a.vehicles).to.equal(7);
    expect(a.vehicleClasses).to.deep.equal([
      { name: '一般公务用车', count: 3 },
      { name: '执法执勤用车', count: 4 },
      { name: '特种专业技术用车', count: 0 },
      { name: '其他用车', count: 0 },
    ]);
  });

  it('gives a value in another unit its own unit, and reads nothing from words without figures', () => {
    const a = readAssetsText(['截至2024年12月31日，本单位流动资产12.5万元。无形资产3项8000元。']);
    expect(a.unit).to.equal('万元');
    expect(a.items).to.deep.equal([
      { name: '流动资产', value: '12.5' },
      { name: '无形资产', quantity: '3', measureUnit: '项', value: '8000', unit: '元' },
    ]);
    expect(readAssetsText(['本部门资产管理规范，账实相符。'])).to.deep.equal({});
  });
});

describe('narrative facts: 机构设置', () => {
  it('reads the units one per numbered line, their types counted and the subordinate units (万里街道)', () => {
    const o = readOrganizationText([
      '上海市普陀区人民政府万里街道办事处部门预算是包括万里街道本部以及下属 5 家预算单位的综合收支计划。本部门中，行政单位 1 家，参公单位1家，事业单位 4 家，具体包括：',
      '1. 上海市普陀区人民政府万里街道办事处（本部）。',
      '2. 上海市普陀区万里街道社区事务受理服务中心。',
    ]);
    expect(o.units).to.deep.equal([{ name: '上海市普陀区人民政府万里街道办事处（本部）' }, { name: '上海市普陀区万里街道社区事务受理服务中心' }]);
    expect(o.summary!.subordinateUnits).to.equal(5);
    expect(o.summary!.types).to.deep.equal([
      { type: '行政单位', count: 1 },
      { type: '参公单位', count: 1 },
      { type: '事业单位', count: 4 },
    ]);
  });

  it('reads a list that starts on the line of 具体包括, a unit’s 内设机构 and one budgeted with another (司法局, 商务委)', () => {
    expect(readOrganizationText(['本部门中，行政单位1家，参公单位1家，', '具体包括： 1. 普陀区司法局本部', '2. 普陀区法律援助中心']).units).to.deep.equal([
      { name: '普陀区司法局本部' },
      { name: '普陀区法律援助中心' },
    ]);
    const o = readOrganizationText([
      '1.商务委本部，上海市普陀区商务委员会机关设9个内设机构，包括：办公室、综合调研科、商业发展科。',
      '2.上海市普陀区中小企业服务中心，不单列预算。',
    ]);
    expect(o.units![0].divisions).to.deep.equal(['办公室', '综合调研科', '商业发展科']);
    expect(o.units![1]).to.deep.equal({ name: '上海市普陀区中小企业服务中心', note: '不单列预算', separateBudget: false });
    expect(o.summary).to.equal(undefined);
  });

  it('reads a unit budget’s 内设机构, and nothing from duties in prose', () => {
    expect(readOrganizationText(['上海市普陀区社会福利院设5个内设机构，包括：院长室、办公室、财务室、后勤部、护理部。']).units).to.deep.equal([
      { name: '上海市普陀区社会福利院', divisions: ['院长室', '办公室', '财务室', '后勤部', '护理部'] },
    ]);
    expect(readOrganizationText(['本局负责全区司法行政工作。'])).to.deep.equal({});
  });
});

describe('narrative facts: 财政拨款支出主要内容 and 分季度用款计划', () => {
  const functional = [
    { code: '204', name: '公共安全支出', amounts: {} },
    { code: '20406', name: '司法', amounts: {} },
    { code: '2040605', name: '普法宣传', amounts: {} },
    { code: '201', name: '一般公共服务支出', amounts: {} },
    { code: '20105', name: '统计信息事务', amounts: {} },
    { code: '2010507', name: '专项普查活动', amounts: {} },
  ];

  it('joins a line cut inside its sentence, and reads each 项 line with its change and reason', () => {
    const paragraphs = joinCutLines([
      '3、公共安全支出（204类）司法（06款）普法宣传（05项）124.29万元。主要用于：法制宣传工作支出。2025年当年预算执行数为',
      '118.46万元，2026年预算安排124.29万元，比2025年预算执行数增加4.92%。主要原因是：法制宣传工作支出增加。',
      '2. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”60.13万元，主要用于统计管理。2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100.00%。主要原因是：2023年新增专项普查活动经费。',
      '六、年度预算安排',
      '795万元',
    ]);
    expect(paragraphs).to.have.length(4);
    const sections: NarrativeSection[] = [{ id: 'overview', title: '编制说明', paragraphs }];
    expect(readExpenditureNotes(sections, functional, '元')).to.deep.equal([
      {
        names: ['公共安全支出', '司法', '普法宣传'],
        amount: '124.29',
        code: '2040605',
        unit: '万元',
        purpose: '法制宣传工作支出',
        previousLabel: '2025年当年预算执行数',
        previous: '118.46',
        changePercent: '4.92',
        reason: '法制宣传工作支出增加',
      },
      {
        names: ['一般公共服务支出', '统计信息事务', '专项普查活动'],
        amount: '60.13',
        code: '2010507',
        unit: '万元',
        purpose: '统计管理',
        previousLabel: '2022年当年预算执行数',
        previous: '0',
        changePercent: '100.00',
        reason: '2023年新增专项普查活动经费',
      },
    ]);
  });

  it('joins a line cut before an amount written in 万 without 元 (商务委 2025’s 年度预算安排)', () => {
    expect(
      joinCutLines(['2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业协同化发展', '180.00万，支持企业国际化发展50.00万，合计1170.00万。']),
    ).to.deep.equal(['2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计1170.00万。']);
  });

  it('keeps a line whose 项 the tables lack without a code, and the sentence’s own different 预算安排 as printed', () => {
    const [note] = readExpenditureNotes(
      [
        {
          id: 'overview',
          title: '',
          paragraphs: [
            '12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：公积金。2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加5.27%。主要原因是：支出增加。',
          ],
        },
      ],
      functional,
      '元',
    );
    expect(note.code).to.equal(undefined);
    expect(note.amount).to.equal('208.8');
    expect(note.arranged).to.equal('201.50');
  });

  it('reads a quarterly plan where every quarter has the same unit, and none otherwise', () => {
    expect(readQuarterlyPlan(['第一季度用款计划25.88万元，第二季度用款计划180.74万元，第三季度用款计划186.60万元，第四季度用款计划16.78万元。'])).to.deep.equal(
      {
        unit: '万元',
        quarters: [
          { quarter: 1, amount: '25.88' },
          { quarter: 2, amount: '180.74' },
          { quarter: 3, amount: '186.60' },
          { quarter: 4, amount: '16.78' },
        ],
      },
    );
    expect(readQuarterlyPlan(['第一季度用款计划25.88万元，第二季度用款计划1000元。'])).to.equal(undefined);
    expect(readQuarterlyPlan(['第一季度 审价；第二季度 审价。'])).to.equal(undefined);
  });
});

describe('narrative facts on the six real budgets', () => {
  it('every 项 line of each written part is read, with a code the tables have', async () => {
    // How many 项 lines each PDF's 财政拨款支出主要内容 prints (counted on the page images: 财政局's text layer
    // holds items 7–11 twice, one copy hidden).
    const lines: Record<string, number> = { commerce: 16, finance: 11, justice: 13, 'wanli-2023': 34, 'wanli-2024': 33, welfare: 6 };
    for (const file of REAL_DOCUMENTS) {
      const doc = await json<BudgetDocument>(file);
      const key = Object.keys(lines).find((k) => file.includes(k))!;
      expect(doc.expenditureNotes, file).to.have.length(lines[key]!);
      const codes = new Set(doc.expenditure.functional.map((f) => f.code));
      for (const n of doc.expenditureNotes!) expect(codes.has(n.code!), `${file} ${n.names.join('/')}`).to.equal(true);
      expect(doc.procurement?.summary?.total, file).to.be.a('string');
      expect(doc.assets?.vehicles, file).to.be.a('number');
      expect(doc.schemaVersion).to.equal('1.2.0');
    }
  });
});
