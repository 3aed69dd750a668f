import { expect } from '@open-wc/testing';
import { checkScope, checkVerdict, reconcile } from '../../src/model/reconcile.js';
import { mentionsOf, parseProjectSummary, statedItems } from '../../src/model/rules/text.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED } from '../helpers/files.js';

// The checks of the written part against the tables (R-TEXT-*), on the founding department's figures with
// sentences as real disclosures write them (quoted in each case from the document it comes from).

let seed: BudgetDocument;
before(async () => {
  seed = await json<BudgetDocument>(SEED);
});

/** The seed with a written part of one section. */
function withText(id: string, title: string, ...paragraphs: string[]): BudgetDocument {
  const doc = clone(seed);
  doc.narrative = [{ id, title, paragraphs }];
  return doc;
}
const text = (doc: BudgetDocument) => {
  const r = reconcile(doc);
  return {
    r,
    findings: r.findings.filter((f) => f.ruleId.startsWith('R-TEXT')).map((f) => [f.ruleId, f.severity, f.published, f.computed]),
    remarks: r.remarks.map((m) => [m.ruleId, m.severity, m.message['zh-CN']]),
  };
};

describe('reading the written part', () => {
  it('finds each amount and percentage, separators and spaces of a PDF’s text layer aside', () => {
    expect(mentionsOf('收入预算37,151.47万元，增加77.70%，下属5家').map((m) => [m.value, m.unit])).to.deep.equal([
      ['37151.47', '万元'],
      ['77.70', '%'],
    ]);
  });

  it('finds a 项 item in both wordings: names in quotes (2023–2025) and codes inline (2026)', () => {
    const [a] = statedItems('1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”238.28万元，主要用于……');
    expect(a!.names).to.deep.equal(['一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行']);
    expect(a!.mention.value).to.equal('238.28');
    const [b] = statedItems('1、一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）238.28万元。');
    expect(b!.codes).to.deep.equal(['201', '03', '01']);
  });

  it('reads the statement of how many projects publish targets (万里街道 2023, 商务委员会 2025)', () => {
    expect(parseProjectSummary('本部门2个预算单位开展了2023年项目预算绩效目标编报工作，编报绩效目标的项目5个，涉及项目预算资金3328.13万元。')).to.deep.include({
      count: 5,
      total: '3328.13',
      unit: '万元',
    });
    expect(parseProjectSummary('本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。')).to.deep.include({ count: 25, total: '11381.60' });
    expect(parseProjectSummary('我部门无主管专项资金预算安排。')).to.equal(undefined);
  });
});

describe('R-TEXT-01: the amount the text gives for a 项 is the one of the functional tables', () => {
  const item = (amount: string, rest = '') =>
    `1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”${amount}万元，主要用于机关运行。${rest}`;

  it('agrees: no finding, and both figures (headline and “YYYY年预算安排”) count as checked', () => {
    const { findings, r } = text(
      withText('overview', '编制说明', item('238.28', '2023年当年预算执行数为200.00万元，2024年预算安排238.28万元，比2023年预算执行数增加19.14%。')),
    );
    expect(findings).to.deep.equal([]);
    expect(r.remarks).to.deep.equal([]);
    expect(r.text).to.deep.equal({ figures: 4, checked: 3 });
  });

  it('a figure of another item (finance 2025: 887.36 for 87.36) is a discrepancy, with the sentence quoted', () => {
    const { findings, r } = text(withText('overview', '编制说明', item('283.28')));
    expect(findings).to.deep.equal([['R-TEXT-01', 'warning', '283.28', '238.28']]);
    expect(r.findings.find((f) => f.ruleId === 'R-TEXT-01')!.message['zh-CN']).to.equal(
      '说明文字“1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”283.28万元，主要用于机关运行。”中2010301 行政运行为 283.28万元，「部门预算一般公共预算财政拨款支出表」中该项为 238.28万元，相差 +45.00万元。',
    );
  });

  it('the repeated amount may differ from the headline (万里街道 2024: 住房公积金 350.35, then “2024年预算安排352.67万元”)', () => {
    const { findings } = text(
      withText('overview', '编制说明', item('238.28', '2023年当年预算执行数为236.00万元，2024年预算安排240.60万元，比2023年预算执行数增加0.97%。')),
    );
    expect(findings).to.deep.equal([['R-TEXT-01', 'warning', '240.60', '238.28']]);
  });

  it('a figure cut instead of rounded (财政局 2025: 87.70 for 87.708) is a rounding note; rounded, nothing', () => {
    const doc = withText('overview', '编制说明', item('238.28'));
    doc.expenditure.functional.find((f) => f.code === '2010301')!.amounts.bySource!.generalPublicBudget = '238.287';
    expect(text(doc).findings).to.deep.equal([['R-TEXT-01', 'note', '238.28', '238.287']]);
    doc.narrative = [{ id: 'overview', title: '编制说明', paragraphs: [item('238.29')] }];
    expect(text(doc).findings).to.deep.equal([]);
  });

  it('a figure written in 元 for 万元 (GovBudgetChecker’s “住房公积金3.58元”) is a discrepancy that names the likely slip', () => {
    const { r } = text(withText('overview', '编制说明', '1.“住房保障支出（类）住房改革支出（款）住房公积金（项）”25.83元，主要用于缴纳住房公积金。'));
    const f = r.findings.find((x) => x.ruleId === 'R-TEXT-01')!;
    expect(f.severity).to.equal('warning');
    expect(f.message['zh-CN']).to.match(/；若按“万元”读则与表一致，单位可能写错。$/);
    expect(f.message.en).to.match(/read in 万元 it would be the table’s figure: the unit may be wrong\.$/);
  });

  it('a 科目 the tables do not have is not checked (counted as not checked, not guessed)', () => {
    const { findings, r } = text(withText('overview', '编制说明', '1.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元'));
    expect(findings).to.deep.equal([]);
    expect(r.text).to.deep.equal({ figures: 1, checked: 0 });
  });

  it('names: a code whose name in the text is not the tables’ is a question; a 类’s former name (司法局 2026) a note', () => {
    const { remarks } = text(
      withText(
        'overview',
        '编制说明',
        '1、一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）机关运行（01项）238.28万元。',
        '2、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）10.56万元。',
      ),
    );
    expect(remarks).to.deep.equal([
      ['R-TEXT-01', 'question', '说明文字把 2010301 写作“机关运行”，表中为“行政运行”。'],
      ['R-TEXT-01', 'note', '说明文字把 210 类写作“医疗卫生与计划生育支出”，表中为“卫生健康支出”（2018 年起的名称）。'],
    ]);
  });
});

describe('R-TEXT-02: the change the text gives for a 项 follows from its table figure and last year’s', () => {
  const item = (rest: string) =>
    `1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”238.28万元，主要用于机关运行。2023年当年预算执行数为${rest}`;

  it('a percentage copied from the item above (万里街道 2023: 60.54% for 66.40%) is a discrepancy', () => {
    const { remarks } = text(withText('overview', '编制说明', item('132.59万元，2024年预算安排238.28万元，比2023年预算执行数增加60.54%。')));
    expect(remarks).to.deep.equal([
      ['R-TEXT-02', 'warning', '说明文字写 2010301 行政运行 增加 60.54%；按表中该项 238.28万元 与所写上年执行数 132.59万元 计算，应为增加 79.71%。'],
    ]);
  });

  it('the right percentage, a change from 0 (stated as 100%) and a true 持平 give nothing', () => {
    for (const rest of [
      '200.00万元，2024年预算安排238.28万元，比2023年预算执行数增加19.14%。',
      '0.00万元，2024年预算安排238.28万元，比2023年预算执行数增加100.00%。',
      '238.28万元，2024年预算安排238.28万元，比2023年预算执行数持平。',
    ])
      expect(text(withText('overview', '编制说明', item(rest))).remarks, rest).to.deep.equal([]);
  });

  it('a sign the figures contradict (福利院 2024: “增加3.84%” where they fall 2.09%), and a 持平 that is not', () => {
    expect(text(withText('overview', '编制说明', item('250.00万元，2024年预算安排238.28万元，比2023年预算执行数增加4.69%。'))).remarks[0]![2]).to.contain(
      '应为减少 4.69%',
    );
    expect(text(withText('overview', '编制说明', item('230.00万元，2024年预算安排238.28万元，比2023年预算执行数持平。'))).remarks[0]![2]).to.contain(
      '与上年持平',
    );
  });

  it('off by 0.01 point (a percentage from the unrounded 元 figure elsewhere) is a rounding note', () => {
    expect(
      text(withText('overview', '编制说明', item('200.00万元，2024年预算安排238.28万元，比2023年预算执行数增加19.15%。'))).remarks.map((r) => r[1]),
    ).to.deep.equal(['note']);
  });
});

describe('R-TEXT-03: the overview’s totals are the tables’', () => {
  it('the founding department’s own sentences agree, figure by figure', () => {
    const doc = clone(seed);
    const { findings, r } = text(doc);
    expect(findings).to.deep.equal([]);
    expect(r.remarks).to.deep.equal([]);
    expect(r.text.checked).to.be.greaterThan(10);
  });

  it('a total that is not the table’s, and a 0 for a line the tables leave out, are checked', () => {
    const { findings } = text(
      withText('overview', '二、部门预算安排的总体情况', '2024年预算收入589.78万元，其中：一般公共预算收入598.78万元，基金预算收入0万元，单位资金收入5万元。'),
    );
    expect(findings).to.deep.equal([['R-TEXT-03', 'warning', '589.78', '598.78']]);
  });

  it('is read only in the overview: the same words in a project’s description are not its totals', () => {
    expect(text(withText('projects', '项目经费情况说明', '本项目支出预算100.00万元。')).findings).to.deep.equal([]);
  });
});

describe('R-TEXT-04: a figure of 0 has not risen from last year', () => {
  it('万里街道 2023: “政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元”', () => {
    const { remarks } = text(
      withText('overview', '编制说明', '政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；国有资本经营预算拨款支出预算0万元，比2022年预算持平。'),
    );
    expect(remarks.map((r) => [r[0], r[1]])).to.deep.equal([['R-TEXT-04', 'warning']]);
    expect(remarks[0]![2]).to.contain('增加1421.25万元');
  });

  it('a 0 that fell, or stayed, is possible', () => {
    expect(text(withText('overview', '编制说明', '政府性基金拨款支出预算0万元，比2022年预算减少20.00万元。')).remarks).to.deep.equal([]);
    expect(text(withText('overview', '编制说明', '公务用车购置费0万元，比2023年预算增加0万元。')).remarks).to.deep.equal([]);
  });
});

describe('R-TEXT-05 and R-TEXT-06: “三公” and 机关运行经费 in the text are the tables’', () => {
  it('the founding department’s sentences agree', () => {
    const ids = reconcile(seed).findings.map((f) => f.ruleId);
    expect(ids.filter((id) => id === 'R-TEXT-05' || id === 'R-TEXT-06')).to.deep.equal([]);
  });

  it('a 公务接待费 that is not the table’s, and “无机关运行经费” where the table has some', () => {
    const { findings } = text(withText('threePublic', '“三公”经费预算情况说明', '（三）公务接待费1.50万元。', '本部门无机关运行经费。'));
    expect(findings).to.deep.equal([
      ['R-TEXT-05', 'warning', '1.50', '0.15'],
      ['R-TEXT-06', 'warning', '0', '31.73'],
    ]);
  });
});

describe('R-PROJ-02: the listed projects against what covers the same projects', () => {
  it('a list of some projects (not every project publishes targets) is not “short” of 项目支出', () => {
    const doc = clone(seed);
    doc.projects = doc.projects!.slice(0, 5);
    expect(reconcile(doc).findings.filter((f) => f.rule === 'sum.projects')).to.deep.equal([]);
  });

  it('with the text’s count and total (万里街道 2023: 5 projects, 3328.13万元), the list is checked against that total', () => {
    const doc = clone(seed);
    doc.projectSummary = { count: 6, total: '230.00', text: '编报绩效目标的项目6个，涉及项目预算资金230.00万元。' };
    const f = reconcile(doc).findings.filter((x) => x.rule === 'sum.projects');
    expect(f.map((x) => [x.path, x.published, x.computed])).to.deep.equal([['$.projectSummary.total', '230.00', '234.62']]);
    // a count that is not the list's: nothing to compare
    doc.projectSummary.count = 25;
    expect(reconcile(doc).findings.filter((x) => x.rule === 'sum.projects')).to.deep.equal([]);
  });
});

describe('R-OPC-01: 机关运行经费 items, all of them or some', () => {
  it('a list with its remainder (其他支出) is all of it; without one and short of the total, it is some of them', () => {
    const doc = clone(seed);
    doc.operatingCosts!.items = doc.operatingCosts!.items!.filter((i) => i.name !== '其他支出');
    expect(reconcile(doc).findings.filter((f) => f.rule === 'sum.operatingCosts')).to.deep.equal([]);
    const whole = clone(seed);
    whole.operatingCosts!.items!.find((i) => i.name === '其他支出')!.amount = '9.79';
    expect(reconcile(whole).findings.map((f) => [f.ruleId, f.severity, f.path])).to.deep.include(['R-OPC-01', 'warning', '$.operatingCosts.total']);
  });
});

describe('R-CODE-01: a code named as the other disclosures on record name it', () => {
  it('a name two or more others agree on, and this document does not use, is a note (社会福利院 2024’s own numbering)', () => {
    const doc = clone(seed);
    doc.expenditure.economic!.items.find((e) => e.code === '30101')!.name = '咨询费';
    const notes = reconcile(doc).remarks.filter((r) => r.ruleId === 'R-CODE-01');
    expect(notes.map((n) => [n.severity, n.path])).to.deep.equal([['note', '$.expenditure.economic.items[1].name']]);
    expect(notes[0]!.message['zh-CN']).to.match(/^30101 在本文件中为“咨询费”，已收录的其他公开文件中为“基本工资”（[\d、]+ 年）。$/);
  });

  it('the names as the others give them, brackets of either width, and codes none has, give no note', () => {
    expect(reconcile(seed).remarks.filter((r) => r.ruleId === 'R-CODE-01')).to.deep.equal([]);
    const doc = clone(seed);
    doc.expenditure.functional.find((f) => f.code === '2010301')!.name = '行政运行（本级）';
    // 2010301 is in no other disclosure on record: counted, not reported
    const r = reconcile(doc);
    expect(r.remarks.filter((x) => x.ruleId === 'R-CODE-01')).to.deep.equal([]);
    expect(r.codes.unseen).to.include('2010301');
  });
});

describe('the scope, in words', () => {
  it('says what was checked and what could not be, never a bare “passed”', () => {
    const r = reconcile(seed);
    expect(checkScope(r, 'zh-CN')).to.match(
      /^表内勾稽 219 项；说明文字中 32 个数字，19 个已与表核对，13 个无法核对（如上年数、未指明科目的数字）；科目编码 35 个与已收录的其他 9 份公开文件对照，6 个未见于其中（20103、2010301、2010302、2010350、20809、2080901）。$/,
    );
    expect(checkScope(r, 'en')).to.match(
      /^\d+ checks within and between the tables; of the \d+ figures in the text, \d+ checked against the tables, \d+ could not be/,
    );
    expect(checkVerdict(r, 'zh-CN')).to.equal('2 条舍位提示');
    // a 类 under its former name is worth knowing, not rounding
    const old = withText('overview', '编制说明', '2、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）10.56万元。');
    expect(checkVerdict(reconcile(old), 'zh-CN')).to.equal('2 条舍位提示，1 条提示');
    expect(checkVerdict(reconcile(old), 'en')).to.equal('2 rounding notes, 1 note');
    const clean = clone(seed);
    clean.narrative = [];
    const c = reconcile(clean);
    expect(checkScope(c, 'zh-CN')).to.match(/^表内勾稽 219 项；没有可核对的说明文字；科目编码/);
  });
});
