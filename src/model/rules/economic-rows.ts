import { checkRows } from './context.js';
import { TOLERANCE, type Rule } from './engine.js';

/** In each row of the economic classification, 合计 = 人员经费 + 公用经费, = its sources. */
export const economicRows: Rule = {
  id: 'R-ECON-02',
  title: {
    'zh-CN': '经济分类：每行合计等于其各栏之和（基本支出 = 人员经费 + 公用经费）',
    en: 'Economic classification: each row total equals the sum of its columns (personnel + public costs)',
  },
  names: ['row.economic'],
  reads: '$.expenditure.economic.items[*].amounts, $.expenditure.economic.total (total, byCostKind, bySource, bySourceType)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const eco = ctx.economic;
    if (eco) checkRows(ch, 'row.economic', eco, ctx.unit);
  },
};
