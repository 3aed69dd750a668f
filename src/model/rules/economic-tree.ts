import { checkTree } from './context.js';
import { TOLERANCE, type Rule } from './engine.js';

/** In the economic classification, every 类 equals the sum of its 款, and 合计 the sum of the 类. */
export const economicTree: Rule = {
  id: 'R-ECON-01',
  title: { 'zh-CN': '经济分类：上级科目等于下级科目之和', en: 'Economic classification: each parent equals the sum of its children' },
  names: ['sum.economic'],
  reads: '$.expenditure.economic.items[*].amounts.*, $.expenditure.economic.total.* (every column)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const eco = ctx.economic;
    if (eco) checkTree(ch, 'sum.economic', eco, ctx.unit, ctx.doc.meta.phase === 'final');
  },
};
