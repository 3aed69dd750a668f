import { TYPE_LABELS } from '../labels.js';
import { TOLERANCE, type Rule } from './engine.js';

/** The economic classification's 合计 equals the same type of expenditure (基本支出 …) by function. */
export const economicFunctional: Rule = {
  id: 'R-ECON-03',
  title: { 'zh-CN': '经济分类合计等于功能分类的同类支出', en: 'Economic classification total equals the same type of expenditure by function' },
  names: ['equal.economic'],
  reads: '$.expenditure.economic.total.total, $.expenditure.functionalTotal.byType.<type> (or .bySourceType.<source>.<type> when economic.source is set)',
  tolerance: TOLERANCE.pair,
  check(ch, ctx) {
    const exp = ctx.doc.expenditure;
    const eco = exp.economic;
    const ft = exp.functionalTotal;
    if (!eco) return;
    const type = eco.type ?? 'basic';
    const twin = eco.source ? ft?.bySourceType?.[eco.source]?.[type] : ft?.byType?.[type];
    if (eco.total?.total === undefined || twin === undefined) return;
    const t = TYPE_LABELS[type];
    ch.equal(
      'equal.economic',
      '$.expenditure.economic.total.total',
      t,
      ctx.fig(`经济分类${t['zh-CN']}合计`, `${t.en} by economic classification`, eco.total.total),
      ctx.fig(`功能分类${t['zh-CN']}合计`, `${t.en} by function`, twin),
    );
  },
};
