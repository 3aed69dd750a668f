import { SOURCE_LABELS } from '../labels.js';
import { TOLERANCE, type Rule } from './engine.js';

/** Each source of funds is the same in the income table and in the expenditure tables. */
export const sources: Rule = {
  id: 'R-SRC-01',
  title: { 'zh-CN': '收入表与支出表的各资金来源相等', en: 'Each source of funds is equal in the income and expenditure tables' },
  names: ['equal.source'],
  reads: '$.income.bySource.*, $.expenditure.functionalTotal.bySource.*',
  tolerance: TOLERANCE.pair,
  check(ch, ctx) {
    const inc = ctx.doc.income;
    const ft = ctx.doc.expenditure.functionalTotal;
    // In a final account income and spending of a source differ by its carry-overs (年初 − 年末): R-FINAL-02 checks those.
    if (!ft || ctx.doc.meta.phase === 'final') return;
    for (const [key, amount] of Object.entries(inc.bySource)) {
      const twin = ft.bySource?.[key as keyof typeof ft.bySource];
      if (twin === undefined || amount === undefined) continue;
      const l = SOURCE_LABELS[key as keyof typeof SOURCE_LABELS];
      ch.equal(
        'equal.source',
        `$.income.bySource.${key}`,
        l,
        ctx.fig(`收入表${l['zh-CN']}`, `income: ${l.en}`, amount),
        ctx.fig(`支出表${l['zh-CN']}`, `expenditure: ${l.en}`, twin),
      );
    }
  },
};
