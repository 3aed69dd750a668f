import { checkTree } from './context.js';
import { TOLERANCE, type Rule } from './engine.js';

/** In the functional classification, every 类 and 款 equals the sum of its children, and 合计 the sum of the 类. */
export const functionalTree: Rule = {
  id: 'R-FUNC-01',
  title: { 'zh-CN': '功能分类：上级科目等于下级科目之和', en: 'Functional classification: each parent equals the sum of its children' },
  names: ['sum.functional'],
  reads: '$.expenditure.functional[*].amounts.*, $.expenditure.functionalTotal.* (every column); a final account: $.income.functional too',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    checkTree(ch, 'sum.functional', ctx.functional, ctx.unit);
    const income = ctx.incomeFunctional;
    if (income) checkTree(ch, 'sum.functional', income, ctx.unit);
  },
};
