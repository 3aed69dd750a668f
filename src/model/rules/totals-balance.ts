import { plain, TOLERANCE, type Rule } from './engine.js';

/** 收支平衡: the income total equals the expenditure total. */
export const totalsBalance: Rule = {
  id: 'R-TOTAL-01',
  title: { 'zh-CN': '收入总计等于支出总计（收支平衡）', en: 'Total income equals total expenditure' },
  names: ['balance'],
  reads: '$.income.total, $.expenditure.total',
  tolerance: TOLERANCE.pair,
  check(ch, ctx) {
    const { income, expenditure } = ctx.doc;
    ch.equal(
      'balance',
      '$.income.total',
      plain('收支平衡', 'Income and expenditure balance'),
      ctx.fig('收入总计', 'total income', income.total),
      ctx.fig('支出总计', 'total expenditure', expenditure.total),
    );
  },
};
