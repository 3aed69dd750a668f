import { checkRow } from './context.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/** The income total and each source aggregate equal the sources that make them up. */
export const incomeSources: Rule = {
  id: 'R-INC-01',
  title: { 'zh-CN': '收入合计等于各来源之和', en: 'Income total equals the sum of its sources' },
  names: ['sum.income'],
  reads: '$.income.total, $.income.bySource.*',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const inc = ctx.doc.income;
    // A final account's 收入总计 also holds 使用非财政拨款结余: R-FINAL-01 checks it; the source aggregates are checked here.
    const { total: _, ...rest } = { total: inc.total, bySource: inc.bySource };
    checkRow(
      ch,
      'sum.income',
      '$.income',
      plain('收入', 'Income'),
      ctx.unit,
      ctx.doc.meta.phase === 'final' ? rest : { total: inc.total, bySource: inc.bySource },
    );
  },
};
