import { checkColumns } from './context.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/** The procurement 合计 equals the sum of the units' 小计 rows, or of the item rows when there are none. */
export const procurementTotal: Rule = {
  id: 'R-PROC-02',
  title: { 'zh-CN': '政府采购合计等于各单位小计之和（无小计时为各行之和）', en: 'Procurement total equals the sum of the subtotals (or of the rows)' },
  names: ['sum.procurement'],
  reads: '$.procurement.total.*, $.procurement.subtotals[*].amounts.* (else $.procurement.items[*].amounts.*)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const pr = ctx.doc.procurement;
    if (!pr?.total) return;
    const rows = pr.subtotals?.length
      ? pr.subtotals.map((s) => ({ amounts: s.amounts, name: s.unitName }))
      : (pr.items ?? []).map((it) => ({ amounts: it.amounts, name: it.item }));
    checkColumns(ch, 'sum.procurement', plain('政府采购合计', 'Procurement total'), '$.procurement.total', pr.unit ?? ctx.unit, pr.total, rows);
  },
};
