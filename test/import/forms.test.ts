import { expect } from '@open-wc/testing';
import { readDocx } from '../../src/import/docx.js';
import { extractFromDocx, extractFromSheets } from '../../src/import/extract.js';
import { readNarrative, readProseIndicators } from '../../src/import/narrative.js';
import { readAssets, readOrganization } from '../../src/import/organization.js';
import { readProcurement } from '../../src/import/procurement.js';
import { readProject, readProjectForms } from '../../src/import/projects.js';
import { tableLine } from '../../src/import/report.js';
import type { Block } from '../../src/import/docx.js';
import { docx, p, tbl, type C } from '../helpers/docx.js';

const m = (text: string, merge: 'restart' | 'continue', span?: number): C => ({ text, merge, ...(span ? { span } : {}) });

/** A project performance table as the Hebei template prints it: a form, then a second table of indicators. */
const PROJECT = [
  p('1、“环评”审批事项专家评估服务费用绩效目标表'),
  tbl([
    [{ text: '单位：万元', span: 7 }],
    ['项目编码', { text: '13062524P000015103258', span: 2 }, '项目名称', { text: '“环评”审批事项专家评估服务费用', span: 3 }],
    [m('预算规模及资金用途', 'restart'), '预算数', '1,042.25', '其中：财政    资金', '1,042.25', '其他资金', ''],
    [m('', 'continue'), { text: '用于支付环评审批事项专家评估费', span: 6 }],
    [m('资金支出计划（%）', 'restart'), '3月底', '6月底', '10月底', { text: '12月底', span: 3 }],
    [m('', 'continue'), '25%', '', '75%', { text: '100%', span: 3 }],
    ['绩效目标', { text: '1.优化营商环境\n2.提升服务能力和水平', span: 6 }],
  ]),
  p(' '),
  tbl([
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    [m('产出指标', 'restart'), '数量指标', '环评审批事项完成情况', '完成数量不少于30个', '≥30个', '评估结论'],
    [m('', 'continue'), '质量指标', '合格率', '', '≥95%', ''],
    ['满意度指标', '服务对象满意度指标', '企业满意率', '企业对服务的满意情况', '明显提升', '调查问卷'],
  ]),
];

describe('importer: project performance tables', () => {
  it('reads the form and its indicators: code, name, budget with separators, purpose, schedule, goals, targets', () => {
    const { tables, issues } = extractFromDocx(readDocx(docx(...PROJECT)));
    expect(issues).to.deep.equal([]);
    expect(tables.map((t) => t.kind)).to.deep.equal(['projectPerformance']);
    const { project, issues: problems } = readProject(tables[0]!);
    expect(problems).to.deep.equal([]);
    expect(project).to.deep.equal({
      code: '13062524P000015103258',
      name: '“环评”审批事项专家评估服务费用',
      unit: '万元',
      budget: { total: '1042.25', fiscal: '1042.25' },
      purpose: '用于支付环评审批事项专家评估费',
      // an empty percentage stays absent, never 0
      schedule: [
        { label: '3月底', month: 3, percent: '25' },
        { label: '6月底', month: 6 },
        { label: '10月底', month: 10, percent: '75' },
        { label: '12月底', month: 12, percent: '100' },
      ],
      goals: ['1.优化营商环境', '2.提升服务能力和水平'],
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '环评审批事项完成情况',
          description: '完成数量不少于30个',
          target: { text: '≥30个', operator: '>=', value: '30', unit: '个' },
          basis: '评估结论',
        },
        { level1: '产出指标', level2: '质量指标', name: '合格率', target: { text: '≥95%', operator: '>=', value: '95', unit: '%' } },
        // a target in words stays text
        {
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          name: '企业满意率',
          description: '企业对服务的满意情况',
          target: { text: '明显提升' },
          basis: '调查问卷',
        },
      ],
    });
  });

  it('in a workbook, an empty 一级指标 cell continues the merged one above', () => {
    const { tables } = extractFromSheets([
      {
        sheet: '项目绩效目标表',
        data: [
          ['项目支出绩效目标表', null, null, null, null],
          ['项目编码', 'P01', '项目名称', '网站运维', null],
          ['预算数', '12.00', null, null, null],
          ['一级指标', '二级指标', '三级指标', '指标值', null],
          ['产出指标', '数量指标', '更新次数', '≥12次', null],
          [null, '时效指标', '故障修复时长', '≤2天', null],
        ],
      },
    ]);
    const { project } = readProject(tables[0]!);
    expect(project!.budget).to.deep.equal({ total: '12.00' });
    expect(project!.indicators!.map((i) => [i.level1, i.level2, i.name, i.target.operator, i.target.value])).to.deep.equal([
      ['产出指标', '数量指标', '更新次数', '>=', '12'],
      ['产出指标', '时效指标', '故障修复时长', '<=', '2'],
    ]);
  });

  it('reports a budget or percentage that is not a number, with their places (a form without a code is read: the Shanghai form prints none)', () => {
    const { tables } = extractFromDocx(
      readDocx(
        docx(
          p('网站运维绩效目标表'),
          tbl([
            ['项目名称', '网站运维'],
            ['预算数', '约12万'],
            ['资金支出计划', '6月底'],
            ['', '过半'],
          ]),
        ),
      ),
    );
    const { project, issues } = readProject(tables[0]!);
    expect(project).to.equal(undefined);
    expect(issues).to.deep.equal([
      { code: 'amount.text', location: { table: '网站运维绩效目标表', row: 4, column: 2 }, text: '过半' },
      { code: 'amount.text', location: { table: '网站运维绩效目标表', row: 2, column: 2 }, text: '约12万' },
      { code: 'table.missingColumn', location: { table: '网站运维绩效目标表' }, text: '预算数' },
    ]);
  });
});

/** One Shanghai 财政项目支出绩效目标填报表 as the PDF reader gives its grid (merged cells repeated). */
const shanghaiForm = (name: string, year: string, current: string, opts: { start?: string; indicators?: string[][] } = {}): string[][] => [
  Array(8).fill('（2023年度）'),
  ['项目名称', '项目名称', name, name, '项目性质', '经常性项目', '项目类别', '特定目标类'],
  [
    '主管部门',
    '主管部门',
    '上海市普陀区人民政府万里街道办事处',
    '上海市普陀区人民政府万里街道办事处',
    '实施单位',
    '万里街道社区服务中心',
    '万里街道社区服务中心',
    '万里街道社区服务中心',
  ],
  ['计划开始日期', '计划开始日期', opts.start ?? '2023-01-01', opts.start ?? '2023-01-01', '计划完成日期', '2023-12-31', '2023-12-31', '2023-12-31'],
  ['项目资金（元）', '项目资金（元）', '项目资金总额', '项目资金总额', '6,000,000.00', '年度资金申请总额', '年度资金申请总额', year],
  ['项目资金（元）', '项目资金（元）', '其中：财政资金', '其中：财政资金', '5,800,000.00', '其中：当年财政拨款', '其中：当年财政拨款', current],
  ['项目资金（元）', '项目资金（元）', '其中：财政资金', '其中：财政资金', '5,800,000.00', '上年结转资金', '上年结转资金', '100,000.00'],
  ['项目资金（元）', '项目资金（元）', '其他资金', '其他资金', '200,000.00', '其他资金', '其他资金', '0.00'],
  ['项目绩效目标', '项目总目标', '项目总目标', '项目总目标', '项目总目标', '年度总体目标', '年度总体目标', '年度总体目标'],
  [
    '项目绩效目标',
    '三年内建成社区服务中心 。',
    '三年内建成社区服务中心 。',
    '三年内建成社区服务中心 。',
    '三年内建成社区服务中心 。',
    '完成主体结构',
    '完成主体结构',
    '完成主体结构',
  ],
  ['', '一级指标', '二级指标', '三级指标', '三级指标', '三级指标', '年度(/项目)指标值', '年度(/项目)指标值'],
  ...(opts.indicators ?? [
    ['绩效指标', '产出指标', '数量指标', '建筑面积', '建筑面积', '建筑面积', '≥13459.00(平方米)', '≥13459.00(平方米)'],
    ['绩效指标', '满意度指标', '服务对象满意度指标', '居民满意度', '居民满意度', '居民满意度', '满意度', '满意度'],
  ]),
];

describe('importer: the Shanghai project form (财政项目支出绩效目标填报表), as a PDF prints it', () => {
  const title = '财政项目支出绩效目标填报表';
  // Two forms run together over a page break: the second one's title rows sit between them.
  const first = shanghaiForm('社区服务中心新建工程', '1,000,000.00', '900,000.00');
  const second = shanghaiForm('就业援助基地补贴', '500,000.00', '500,000.00', { start: '2023年13月1日' });
  const rows = [...first, Array(8).fill(title), ...second];
  const place = (page: number, y: number) => ({ page, box: { x: 50, y, width: 500, height: 20 } });
  const places = [...first.map((_, i) => place(32, 40 + i * 20)), place(33, 20), ...second.map((_, i) => place(33, 40 + i * 20))];
  const blocks: Block[] = [
    { type: 'paragraph' as const, text: title, index: 0 },
    { type: 'table' as const, rows, index: 1, page: 32, rowPlaces: places },
  ];

  const read = (b: Block[]) => {
    const { tables } = extractFromDocx(b);
    expect(tables.map((t) => t.kind)).to.deep.equal(['projectPerformance']);
    return readProjectForms(tables[0]!);
  };
  /** The report's line for the table, as the command prints it. */
  const line = (forms: { present: number; read: number; partial: number }, lang: 'zh-CN' | 'en') =>
    tableLine({ title, kind: 'projectPerformance', rows: rows.length, imported: true, kept: true, forms, location: { table: title } }, lang);

  it('reads each form: no code, its facts, this year’s money beside the whole project’s, both goals, every indicator', () => {
    const { projects } = read(blocks);
    expect(projects.map((p) => p.name)).to.deep.equal(['社区服务中心新建工程', '就业援助基地补贴']);
    expect(projects[0]).to.deep.equal({
      name: '社区服务中心新建工程',
      nature: '经常性项目',
      category: '特定目标类',
      department: '上海市普陀区人民政府万里街道办事处',
      implementer: '万里街道社区服务中心',
      start: '2023-01-01',
      end: '2023-12-31',
      // 项目资金（元）
      unit: '元',
      // the year's block (right) is the budget; the left block is the project over its whole life
      budget: { total: '1000000.00', fiscal: '900000.00', carriedOver: '100000.00', other: '0.00' },
      wholeProject: { total: '6000000.00', fiscal: '5800000.00', other: '200000.00' },
      overallGoal: '三年内建成社区服务中心 。',
      annualGoal: '完成主体结构',
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '建筑面积', target: { text: '≥13459.00(平方米)', operator: '>=', value: '13459.00', unit: '平方米' } },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', target: { text: '满意度' } },
      ],
    });
    expect(projects[0]!.code).to.equal(undefined);
  });

  it('counts forms in the report, and says where a fact did not read: the date, at its row and PDF page', () => {
    const { forms, issues } = read(blocks);
    expect(forms).to.deep.equal({ present: 2, read: 1, partial: 1 });
    expect(issues).to.deep.equal([
      {
        code: 'table.unknownLine',
        // the second form's 计划开始日期 row, the fifth of its rows: on page 33, where its box says
        location: { table: title, row: first.length + 5, column: 3, page: 33, box: { x: 50, y: 40 + 3 * 20, width: 500, height: 20 } },
        text: '2023年13月1日',
        detail: '计划开始日期',
      },
    ]);
    expect(line(forms, 'zh-CN')).to.contain('⚠ 财政项目支出绩效目标填报表 [projectPerformance]').and.contain('1/2 个项目（另 1 个只读出一部分）');
    expect(line(forms, 'en')).to.contain('1/2 projects (1 more read in part)');
    expect(line({ present: 2, read: 2, partial: 0 }, 'zh-CN'))
      .to.contain('✓ 财政项目支出绩效目标填报表')
      .and.contain('2/2 个项目，已导入');
  });

  it('a form with neither 项目名称 nor an amount is no project: ✗, with what is missing', () => {
    const broken = shanghaiForm('', '', '').filter((r) => r[0] !== '项目名称');
    const { projects, forms, issues } = read([blocks[0]!, { type: 'table', rows: broken, index: 1, page: 40 }]);
    expect(projects).to.deep.equal([]);
    expect(forms).to.deep.equal({ present: 1, read: 0, partial: 0 });
    expect(line(forms, 'zh-CN')).to.match(/^ {2}✗ .*0\/1 个项目，未能读取（见下文 ✗ 行）/);
    expect(issues.filter((i) => i.code === 'table.missingColumn').map((i) => [i.text, i.location.page])).to.deep.equal([
      ['项目名称', 40],
      ['预算数', 40],
    ]);
  });
});

const PROCUREMENT_HEAD: C[][] = [
  [
    { text: '202某局', span: 7 },
    { text: '单位：万元', span: 8 },
  ],
  [
    { text: '政府采购项目来源', span: 2 },
    m('采购物品名称', 'restart'),
    m('政府采购目录序号', 'restart'),
    m('计量  单位', 'restart'),
    m('数量', 'restart'),
    m('单价', 'restart'),
    { text: '政府采购金额（当年部门预算安排资金）', span: 7 },
    m('2024年  预留中  小微企  业份额', 'restart'),
  ],
  [
    '项目名称',
    '预算    资金',
    m('', 'continue'),
    m('', 'continue'),
    m('', 'continue'),
    m('', 'continue'),
    m('', 'continue'),
    '合计',
    '一般公共预算拨款',
    '基金预算拨款',
    '国有资本经营预算拨款',
    '财政专户核拨',
    '单位    资金',
    '上年结转结余',
    m('', 'continue'),
  ],
];

describe('importer: the procurement table', () => {
  it('reads 合计, each unit’s 小计 and its items, by fund source, with the SME share', () => {
    const { tables, issues } = extractFromDocx(
      readDocx(
        docx(
          p('部门政府采购预算'),
          tbl([
            ...PROCUREMENT_HEAD,
            ['合  计', '', '', '', '', '', '', '1,052.25', '1,042.25', '', '', '', '10.00', '', '52.25'],
            ['某局本级小计', '', '', '', '', '', '', '1,052.25', '1,042.25', '', '', '', '10.00', '', '52.25'],
            ['环评服务', '1,042.25', '环境评估服务', 'C20020800', '项', '1', '1,042.25', '1,042.25', '1,042.25', '', '', '', '', '', '42.25'],
            ['办公设备', '10.00', '台式计算机', 'A02010105', '台', '2', '5.00', '10.00', '', '', '', '', '10.00', '', ''],
          ]),
          p('注：涉密采购事项按照相关规定执行。'),
        ),
      ),
    );
    expect(issues).to.deep.equal([]);
    const { procurement, issues: problems } = readProcurement(tables[0]!);
    expect(problems).to.deep.equal([]);
    expect(tables[0]!.unit).to.equal('万元');
    expect(procurement).to.deep.equal({
      total: { total: '1052.25', bySource: { generalPublicBudget: '1042.25', unitFunds: '10.00' } },
      smeReservedTotal: '52.25',
      subtotals: [
        { unitName: '某局本级', amounts: { total: '1052.25', bySource: { generalPublicBudget: '1042.25', unitFunds: '10.00' } }, smeReserved: '52.25' },
      ],
      items: [
        {
          item: '环境评估服务',
          unitName: '某局本级',
          projectName: '环评服务',
          projectBudget: '1042.25',
          catalogCode: 'C20020800',
          measureUnit: '项',
          quantity: '1',
          unitPrice: '1042.25',
          amounts: { total: '1042.25', bySource: { generalPublicBudget: '1042.25' } },
          smeReserved: '42.25',
        },
        {
          item: '台式计算机',
          unitName: '某局本级',
          projectName: '办公设备',
          projectBudget: '10.00',
          catalogCode: 'A02010105',
          measureUnit: '台',
          quantity: '2',
          unitPrice: '5.00',
          amounts: { total: '10.00', bySource: { unitFunds: '10.00' } },
        },
      ],
      note: '涉密采购事项按照相关规定执行。',
    });
  });

  it('reports an amount that does not read with its row and column, and a table without its item column', () => {
    const { tables } = extractFromDocx(
      readDocx(
        docx(
          p('部门政府采购预算'),
          tbl([...PROCUREMENT_HEAD, ['环评服务', '42.25', '环境评估服务', 'C20020800', '项', '1', '42.25', '四十二', '42.25', '', '', '', '', '', '']]),
        ),
      ),
    );
    const { issues } = readProcurement(tables[0]!);
    expect(issues).to.deep.equal([{ code: 'amount.text', location: { table: '部门政府采购预算', row: 4, column: 8 }, text: '四十二' }]);
    const { tables: other } = extractFromDocx(
      readDocx(
        docx(
          p('政府采购预算表'),
          p('单位：万元'),
          tbl([
            ['项目名称', '合计'],
            ['环评服务', '42.25'],
          ]),
        ),
      ),
    );
    expect(readProcurement(other[0]!).issues.map((i) => [i.code, i.text])).to.deep.equal([['table.missingColumn', '采购物品名称']]);
  });
});

describe('importer: organization and fixed assets', () => {
  it('reads the 机构设置 table and the 固定资产 table with its 截止时间 and value unit', () => {
    const { tables, issues } = extractFromDocx(
      readDocx(
        docx(
          p('部门机构设置情况'),
          tbl([
            ['单位名称', '单位性质', '单位规格', '经费保障形式'],
            ['某局本级', '行政', '正科级', '财政拨款'],
            ['某中心', '事业', '股级', ''],
          ]),
          p('部门固定资产占用情况表'),
          tbl([
            ['202某局', '截止时间：2023年12月31日', ''],
            ['项   目', '数量', '价值（金额单位：万元）'],
            ['房屋', '1', '1,200.00'],
            ['车辆', '2', ''],
          ]),
          p('注：车辆价值另行公开。'),
        ),
      ),
    );
    expect(issues).to.deep.equal([]);
    expect(tables.map((t) => t.kind)).to.deep.equal(['organization', 'assets']);
    expect(readOrganization(tables[0]!).organization).to.deep.equal([
      { name: '某局本级', nature: '行政', rank: '正科级', funding: '财政拨款' },
      { name: '某中心', nature: '事业', rank: '股级' },
    ]);
    expect(tables[1]!.unit).to.equal('万元');
    expect(readAssets(tables[1]!)).to.deep.equal({
      assets: {
        asOf: '2023-12-31',
        note: '车辆价值另行公开。',
        items: [
          { name: '房屋', quantity: '1', value: '1200.00' },
          { name: '车辆', quantity: '2' },
        ],
      },
      issues: [],
    });
  });
});

describe('importer: the written explanation', () => {
  const blocks = readDocx(
    docx(
      p('某局2024年部门预算信息公开'),
      p('第一部分  某局2024年部门预算信息公开情况说明'),
      p('某局2024年部门预算信息公开情况说明'),
      p('现将某局2024年部门预算公开如下：'),
      p('一、部门职责及机构设置情况'),
      p('部门职责：负责审批。'),
      // A numbered duty is an item of the list, not a heading: it is a sentence (the 万里街道 PDFs' 四、… 九、).
      p('四、实施综合管理。对区域内城市管理承担组织领导职能。'),
      p('九、承办区委、区政府交办的其他事项。'),
      p('部门机构设置情况'),
      tbl([
        ['单位名称', '单位性质'],
        ['某局本级', '行政'],
      ]),
      p('二、部门预算安排的总体情况'),
      p('本年度预算收支安排598.78万元，较上年减少87.5万元。其中:基本支出增加1.58万元，主要原因是人员增加；项目支出减少25.92万元，主要原因是压减支出。'),
      p('三、机关运行经费安排情况'),
      p('2024年我部门机关运行经费安排31.73万元，其中办公费7.13万元，邮电费8.56万元、公务用车运行维护费0万元，其他支出16.04万元。'),
      p('四、财政拨款“三公”经费预算情况及增减变化原因'),
      p('“三公”经费预算安排0.15万元。与2023年相比减少2.43万元， 减少的主要原因是：无公务用车购置。'),
      p('五、部门整体绩效目标'),
      p('（一）总体绩效目标'),
      p('提升服务。'),
      p('（二）分项绩效目标'),
      p('1、优化审批'),
      p('绩效目标：依法审批。'),
      p('绩效指标：应划转事项划转率达到90%以上；全区各乡镇服务中心覆盖率达到100%，平台覆盖率超过90%，工作顺利。'),
      p('（三）工作保障措施'),
      p('1、完善制度建设。'),
      p('九、国有资产信息'),
      p('上年末固定资产金额为12.00万元（详见下表）。本年度拟购置固定资产总额为3.50万元。'),
      p('十、名词解释'),
      p('1、“三公”经费：因公出国（境）费、公务用车购置及运维费和公务接待费。'),
      p('此外，以上名词均按财政部口径。'),
      p('十一、其他需要说明的事项'),
      p('无。'),
    ),
  );
  const { consumed } = extractFromDocx(blocks);
  const n = readNarrative(blocks, consumed, new Set([0]), '万元');

  it('keeps the descriptive sections as text, in order, without the tables and the forms read elsewhere', () => {
    expect(n.title).to.equal('某局2024年部门预算信息公开情况说明');
    expect(n.narrative.map((s) => [s.id, s.title, s.paragraphs.length])).to.deep.equal([
      ['intro', '某局2024年部门预算信息公开情况说明', 1],
      ['duties', '一、部门职责及机构设置情况', 3],
      ['overview', '二、部门预算安排的总体情况', 1],
      ['operatingCosts', '三、机关运行经费安排情况', 1],
      ['threePublic', '四、财政拨款“三公”经费预算情况及增减变化原因', 1],
      ['assets', '九、国有资产信息', 1],
      // a line of the glossary that is not an entry stays, as text
      ['glossary', '十、名词解释', 1],
      ['other', '十一、其他需要说明的事项', 1],
    ]);
    expect(n.narrative.find((s) => s.id === 'glossary')!.paragraphs).to.deep.equal(['此外，以上名词均按财政部口径。']);
  });

  it('reads the year-on-year changes, with their subjects, signs and reasons', () => {
    expect(n.changes).to.deep.equal([
      { subject: 'total', change: '-87.5', comparedWith: '上年' },
      { subject: 'basic', change: '1.58', comparedWith: '上年', reason: '人员增加' },
      { subject: 'project', change: '-25.92', comparedWith: '上年', reason: '压减支出' },
      { subject: 'threePublic', change: '-2.43', comparedWith: '2023年', reason: '无公务用车购置' },
    ]);
  });

  it('reads the 机关运行经费 breakdown, the asset values, the glossary and the overall performance goals', () => {
    expect(n.operatingCosts).to.deep.equal({
      total: '31.73',
      unit: '万元',
      items: [
        { name: '办公费', amount: '7.13' },
        { name: '邮电费', amount: '8.56' },
        { name: '公务用车运行维护费', amount: '0' },
        { name: '其他支出', amount: '16.04' },
      ],
    });
    expect(n.assets).to.deep.equal({ unit: '万元', fixedAssetsValue: '12.00', plannedPurchaseValue: '3.50' });
    expect(n.glossary).to.deep.equal([{ term: '“三公”经费', definition: '因公出国（境）费、公务用车购置及运维费和公务接待费。' }]);
    expect(n.performance).to.deep.equal({
      overall: '提升服务。',
      goals: [
        {
          title: '优化审批',
          goal: '依法审批。',
          indicatorText: '应划转事项划转率达到90%以上；全区各乡镇服务中心覆盖率达到100%，平台覆盖率超过90%，工作顺利。',
          indicators: [
            { name: '应划转事项划转率', target: { text: '90%以上', operator: '>=', value: '90', unit: '%' } },
            { name: '乡镇服务中心覆盖率', target: { text: '100%', operator: '=', value: '100', unit: '%' } },
            { name: '平台覆盖率', target: { text: '超过90%', operator: '>', value: '90', unit: '%' } },
          ],
        },
      ],
      measures: ['1、完善制度建设。'],
    });
  });

  it('reads measurable clauses of a 绩效指标 sentence and leaves the rest to the text', () => {
    expect(
      readProseIndicators('各项改革任务完成情况达到90%以上，群众满意度提升率稳定在10%以上，投诉率控制在5%以内，服务明显改善。').map((i) => [
        i.name,
        i.target.text,
        i.target.operator,
      ]),
    ).to.deep.equal([
      ['各项改革任务完成情况', '90%以上', '>='],
      ['群众满意度提升率', '10%以上', '>='],
      ['投诉率', '5%以内', '<='],
    ]);
  });
});

describe('importer: forms that lack what they need', () => {
  it('reports an indicator table without 指标值, an indicator without its name, a 机构设置 table without 单位名称, and a 固定资产 table without its item column', () => {
    const { tables } = extractFromDocx(
      readDocx(
        docx(
          p('网站运维绩效目标表'),
          tbl([
            ['项目编码', 'P01', '项目名称', '网站运维'],
            ['预算数', '12.00', '', ''],
          ]),
          tbl([
            ['一级指标', '二级指标', '三级指标', '指标描述'],
            ['产出指标', '数量指标', '更新次数', '每月更新'],
          ]),
          p('运维补充绩效目标表'),
          tbl([
            ['项目编码', 'P02', '项目名称', '运维补充'],
            ['预算数', '3.00', '', ''],
            ['一级指标', '二级指标', '三级指标', '指标值'],
            ['产出指标', '数量指标', '', '≥2次'],
          ]),
          p('部门机构设置情况'),
          tbl([
            ['名称', '性质'],
            ['某局本级', '行政'],
          ]),
          p('部门固定资产占用情况表'),
          tbl([
            ['类别', '数量', '价值（金额单位：万元）'],
            ['房屋', '1', '10.00'],
          ]),
        ),
      ),
    );
    expect(tables.map((t) => t.kind)).to.deep.equal(['projectPerformance', 'projectPerformance', 'organization', 'assets']);
    const first = readProject(tables[0]!);
    expect(first.project!.indicators).to.equal(undefined);
    expect(first.issues.map((i) => [i.code, i.location.row, i.text])).to.deep.equal([['table.missingColumn', 3, '指标值']]);
    const second = readProject(tables[1]!);
    expect(second.issues.map((i) => [i.code, i.location.row, i.text])).to.deep.equal([['table.unknownLine', 4, '产出指标 | 数量指标 | ≥2次']]);
    expect(readOrganization(tables[2]!).issues.map((i) => [i.code, i.text])).to.deep.equal([['table.missingColumn', '单位名称']]);
    const assets = readAssets(tables[3]!);
    expect(assets.issues.map((i) => [i.code, i.text])).to.deep.equal([['table.missingColumn', '项目']]);
    expect(assets.assets.items).to.deep.equal([]);
  });
});

describe('importer: which figure a stated change is of', () => {
  it('gives each change of the Shanghai wording to the figure it follows, not to the total', () => {
    const blocks = readDocx(
      docx(
        p('某局2025年部门预算'),
        p('四、部门预算编制说明'),
        p('2025年，某局收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元；事业收入0万元。'),
        p(
          '支出预算37,151.47万元，其中：财政拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元。财政拨款支出预算中，一般公共预算拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元。',
        ),
      ),
    );
    const n = readNarrative(blocks, extractFromDocx(blocks).consumed, new Set([0]), '元');
    expect(n.changes!.map((c) => [c.subject, c.change])).to.deep.equal([
      ['fiscalIncome', '24558.18'],
      ['fiscalExpenditure', '24491.71'],
      ['generalPublicBudget', '24491.71'],
    ]);
  });
});
