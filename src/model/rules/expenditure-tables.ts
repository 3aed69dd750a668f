import { plain, TOLERANCE, type Rule } from './engine.js';

/** The total of the expenditure tables equals the expenditure of the year in the income and expenditure overview. */
export const expenditureTables: Rule = {
  id: 'R-EXP-02',
  title: { 'zh-CN': '支出表合计等于收支总表的本年支出合计', en: 'Expenditure tables total equals expenditure this year' },
  names: ['equal.expenditure'],
  reads: '$.expenditure.functionalTotal.total, $.expenditure.currentYear (else $.expenditure.total)',
  tolerance: TOLERANCE.pair,
  check(ch, ctx) {
    const exp = ctx.doc.expenditure;
    const total = exp.functionalTotal?.total;
    if (total === undefined) return;
    ch.equal(
      'equal.expenditure',
      '$.expenditure.functionalTotal.total',
      plain('支出合计', 'Expenditure total'),
      ctx.fig('支出表合计', 'expenditure tables total', total),
      ctx.fig('本年支出合计', 'expenditure this year', exp.currentYear ?? exp.total),
    );
  },
};
