import { checkRows } from './context.js';
import { TOLERANCE, type Rule } from './engine.js';

/** In each row of the functional classification, 合计 = its types and its sources, each source aggregate = its sources. */
export const functionalRows: Rule = {
  id: 'R-FUNC-02',
  title: { 'zh-CN': '功能分类：每行合计等于其各栏之和', en: 'Functional classification: each row total equals the sum of its columns' },
  names: ['row.functional'],
  reads:
    '$.expenditure.functional[*].amounts, $.expenditure.functionalTotal (total, byType, bySource, bySourceType); a final account: $.income.functional[*].amounts and $.income.functionalTotal too',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    // A final account's expenditure rows state the fiscal part of what was spent, not every source: their 合计 is checked against the types.
    checkRows(ch, 'row.functional', ctx.functional, ctx.unit, ctx.sourcesComplete);
    const income = ctx.incomeFunctional;
    if (income) checkRows(ch, 'row.functional', income, ctx.unit);
  },
};
