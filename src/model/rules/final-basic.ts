import { plain, TOLERANCE, type Rule } from './engine.js';

/** Economic 类 of 人员经费: 工资福利支出 and 对个人和家庭的补助; every other 类 is 公用经费. */
const PERSONNEL = ['301', '303'];

/**
 * A final account's 一般公共预算财政拨款基本支出决算表 (since 1.3.0): 人员经费合计 is the sum of 301 and 303,
 * 公用经费合计 of the other 类 (302, 310 …), and the two together the 基本支出 of the 一般公共预算 table.
 */
export const finalBasic: Rule = {
  id: 'R-FINAL-04',
  title: {
    'zh-CN': '决算：人员经费合计、公用经费合计等于其经济分类之和，二者之和等于基本支出',
    en: 'Final account: personnel and office costs equal their economic classes, and together the basic expenditure',
  },
  names: ['sum.costKinds'],
  reads:
    '$.expenditure.economic.total.byCostKind.*, $.expenditure.economic.items[类].amounts.total, $.expenditure.functionalTotal.bySourceType.generalPublicBudget.basic',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const eco = ctx.doc.expenditure.economic;
    const kinds = eco?.total?.byCostKind;
    if (ctx.doc.meta.phase !== 'final' || !eco || !kinds) return;
    const classes = eco.items.filter((i) => i.code.length === 3 && i.amounts.total !== undefined);
    const rule = 'sum.costKinds';
    const at = '$.expenditure.economic.total.byCostKind';
    const of = (personnel: boolean) =>
      classes
        .filter((c) => PERSONNEL.includes(c.code) === personnel)
        .map((c) => ({ label: plain(`${c.code} ${c.name}`, `${c.code} ${c.name}`), amount: c.amounts.total! }));
    if (kinds.personnel !== undefined)
      ch.sum(rule, `${at}.personnel`, plain('人员经费合计', 'Personnel costs, total'), plain('决算数', 'Final account'), ctx.unit, kinds.personnel, of(true));
    if (kinds.public !== undefined)
      ch.sum(
        rule,
        `${at}.public`,
        plain('公用经费合计', 'Office and operating costs, total'),
        plain('决算数', 'Final account'),
        ctx.unit,
        kinds.public,
        of(false),
      );
    const basic = ctx.doc.expenditure.functionalTotal?.bySourceType?.generalPublicBudget?.basic;
    if (basic !== undefined && kinds.personnel !== undefined && kinds.public !== undefined)
      ch.sum(
        rule,
        '$.expenditure.functionalTotal.bySourceType.generalPublicBudget.basic',
        plain('一般公共预算财政拨款基本支出', 'General public budget: basic expenditure'),
        plain('合计', 'Total'),
        ctx.unit,
        basic,
        [
          { label: plain('人员经费合计', 'personnel costs'), amount: kinds.personnel },
          { label: plain('公用经费合计', 'office and operating costs'), amount: kinds.public },
        ],
      );
  },
};
