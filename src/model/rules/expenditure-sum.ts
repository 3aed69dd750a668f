import { plain, TOLERANCE, type CheckedFigure, type Rule } from './engine.js';

/** 支出总计 = 本年支出合计 + 年终结转结余. */
export const expenditureSum: Rule = {
  id: 'R-EXP-01',
  title: { 'zh-CN': '支出总计等于本年支出合计加年终结转结余', en: 'Total expenditure equals expenditure this year plus the amount carried forward' },
  names: ['sum.expenditure'],
  reads: '$.expenditure.total, $.expenditure.currentYear, $.expenditure.carryForward',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const exp = ctx.doc.expenditure;
    // A final account's 支出总计 holds 结余分配 too: R-FINAL-01 checks it.
    if (exp.currentYear === undefined || ctx.doc.meta.phase === 'final') return;
    const parts: CheckedFigure[] = [{ label: plain('本年支出合计', 'expenditure this year'), amount: exp.currentYear }];
    if (exp.carryForward !== undefined) parts.push({ label: plain('年终结转结余', 'carried forward'), amount: exp.carryForward });
    ch.sum('sum.expenditure', '$.expenditure.total', plain('支出总计', 'Total expenditure'), plain('', ''), ctx.unit, exp.total, parts);
  },
};
