import { plain, TOLERANCE, type Label, type Rule } from './engine.js';
import { quoteAt, wordsBefore } from './text.js';
import type { BudgetDocument, DecimalString } from '../types.js';

type Pick = (doc: BudgetDocument) => DecimalString | undefined;

/**
 * The totals the overview (编制说明 / 部门预算安排的总体情况) names, by the words just before each figure, most
 * specific first: "财政拨款支出预算" before "支出预算", "事业单位经营收入" before "事业收入".
 */
const SUBJECTS: Array<[RegExp, Label, Pick]> = [
  [/财政拨款收入$/, plain('财政拨款收入', 'fiscal income'), (d) => d.income.bySource.fiscal],
  [/一般公共预算(?:拨款)?收入$/, plain('一般公共预算收入', 'general public budget income'), (d) => d.income.bySource.generalPublicBudget],
  [/(?:政府性)?基金(?:预算)?(?:拨款)?收入$/, plain('政府性基金收入', 'government fund income'), (d) => d.income.bySource.governmentFund],
  [/国有资本经营预算(?:拨款)?收入$/, plain('国有资本经营预算收入', 'state capital income'), (d) => d.income.bySource.stateCapital],
  [/财政专户(?:管理资金|核拨)?收入$/, plain('财政专户收入', 'special account income'), (d) => d.income.bySource.specialAccount],
  [/单位资金收入$/, plain('单位资金收入', 'unit funds'), (d) => d.income.bySource.unitFunds],
  [/事业单位经营收入$/, plain('事业单位经营收入', 'operating income'), (d) => d.income.bySource.operating],
  [/事业收入$/, plain('事业收入', 'business income'), (d) => d.income.bySource.business],
  [/其他收入$/, plain('其他收入', 'other income'), (d) => d.income.bySource.other],
  [/上年结转(?:结余)?$/, plain('上年结转', 'carried over'), (d) => d.income.bySource.carryover],
  [/(?:收入预算|预算收入)(?:总额|总计)?$/, plain('收入预算', 'income'), (d) => d.income.total],
  [/财政拨款支出(?:预算)?$/, plain('财政拨款支出', 'fiscal expenditure'), (d) => d.expenditure.functionalTotal?.bySource?.fiscal],
  [
    /一般公共预算(?:财政)?拨款支出(?:预算)?$/,
    plain('一般公共预算拨款支出', 'general public budget expenditure'),
    (d) => d.expenditure.functionalTotal?.bySource?.generalPublicBudget,
  ],
  [
    /政府性基金(?:预算)?拨款支出(?:预算)?$/,
    plain('政府性基金拨款支出', 'government fund expenditure'),
    (d) => d.expenditure.functionalTotal?.bySource?.governmentFund,
  ],
  [
    /国有资本经营预算拨款支出(?:预算)?$/,
    plain('国有资本经营预算拨款支出', 'state capital expenditure'),
    (d) => d.expenditure.functionalTotal?.bySource?.stateCapital,
  ],
  [/(?:支出预算|预算支出)(?:总额|总计)?$/, plain('支出预算', 'expenditure'), (d) => d.expenditure.total],
  [/基本支出$/, plain('基本支出', 'basic expenditure'), (d) => d.expenditure.functionalTotal?.byType?.basic],
  [/项目支出$/, plain('项目支出', 'project expenditure'), (d) => d.expenditure.functionalTotal?.byType?.project],
  [/人员经费$/, plain('人员经费', 'personnel costs'), (d) => d.expenditure.economic?.total?.byCostKind?.personnel],
  [/(?:日常)?公用经费$/, plain('公用经费', 'public costs'), (d) => d.expenditure.economic?.total?.byCostKind?.public],
];

/** The overview's sections: by their id, or by the words of their title. */
const isOverview = (id: string | undefined, title: string) => id === 'overview' || /编制说明|总体情况|收支预算情况/.test(title);

/**
 * The overview's totals (收入预算, 财政拨款收入, 事业收入 … 支出预算, 一般公共预算拨款支出, 基本支出, 项目支出)
 * are the tables' totals. A figure the tables leave out is checked only when the text says 0.
 */
export const textOverview: Rule = {
  id: 'R-TEXT-03',
  title: { 'zh-CN': '编制说明中的收支总数与表中一致', en: 'The totals of the overview are the tables’ totals' },
  names: ['text.total'],
  reads: '$.narrative[*] (the overview: 收入预算X万元，其中：财政拨款收入X万元 …), $.income, $.expenditure',
  tolerance: TOLERANCE.text,
  check(ch, ctx) {
    for (const p of ctx.paragraphs) {
      if (!isOverview(p.sectionId, p.sectionTitle)) continue;
      for (const m of p.mentions) {
        if (m.unit === '%') continue;
        const words = wordsBefore(p.text, m.offset).replace(/(?:预算)?(?:为|是|安排|共计|合计)$/, '');
        const subject = SUBJECTS.find(([re]) => re.test(words));
        if (!subject) continue;
        const [, label, pick] = subject;
        const figure = pick(ctx.doc);
        if (figure === undefined && !/^-?0(\.0+)?$/.test(m.value)) continue;
        ch.markText(p.path, m.offset);
        ch.stated(
          'text.total',
          p.path,
          quoteAt(p.text, m.offset, m.end),
          label,
          { amount: m.value, unit: m.unit },
          { amount: figure ?? '0', unit: ctx.unit, label: plain('表中', 'the tables') },
        );
      }
    }
  },
};
