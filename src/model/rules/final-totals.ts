import { plain, TOLERANCE, type Rule } from './engine.js';

/**
 * A final account's 收入支出决算总表 (since 1.3.0): 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余,
 * and 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余. Lines the table leaves blank are not counted.
 */
export const finalTotals: Rule = {
  id: 'R-FINAL-01',
  title: {
    'zh-CN': '决算：收入总计、支出总计等于本年合计与结转结余之和',
    en: 'Final account: each side’s total equals the year’s total and its carry-overs',
  },
  names: ['sum.finalIncome', 'sum.finalExpenditure'],
  reads:
    '$.income.total, $.income.bySource.currentYear, $.income.nonFiscalBalanceUsed, $.income.bySource.carryover; $.expenditure.total, currentYear, balanceDistribution, carryForward',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const { meta, income: inc, expenditure: exp } = ctx.doc;
    if (meta.phase !== 'final') return;
    const part = (zh: string, en: string, amount: string | undefined) => (amount === undefined ? [] : [{ label: plain(zh, en), amount }]);
    const year = inc.bySource.currentYear;
    if (year !== undefined)
      ch.sum('sum.finalIncome', '$.income.total', plain('收入总计', 'Total income'), plain('决算数', 'Final account'), ctx.unit, inc.total, [
        ...part('本年收入合计', 'income of the year', year),
        ...part('使用非财政拨款结余', 'non-fiscal balances used', inc.nonFiscalBalanceUsed),
        ...part('年初结转和结余', 'balance brought forward', inc.bySource.carryover),
      ]);
    if (exp.currentYear !== undefined)
      ch.sum('sum.finalExpenditure', '$.expenditure.total', plain('支出总计', 'Total expenditure'), plain('决算数', 'Final account'), ctx.unit, exp.total, [
        ...part('本年支出合计', 'expenditure of the year', exp.currentYear),
        ...part('结余分配', 'balance distributed', exp.balanceDistribution),
        ...part('年末结转和结余', 'balance carried forward', exp.carryForward),
      ]);
  },
};
