import { money } from '../money.js';
import { checkRow } from './context.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/**
 * Each procurement row equals the sum of its columns and, when quantity and unit price are published,
 * their product; then the 合计 row equals its columns. (One rule, so that a row's two checks stay together.)
 */
export const procurementRows: Rule = {
  id: 'R-PROC-01',
  title: { 'zh-CN': '政府采购：每行合计等于其各栏之和及数量×单价', en: 'Procurement: each row total equals the sum of its columns and quantity × unit price' },
  names: ['row.procurement', 'row.procurementPrice'],
  reads: '$.procurement.items[*].amounts, $.procurement.items[*].quantity, $.procurement.items[*].unitPrice, $.procurement.total',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const pr = ctx.doc.procurement;
    if (!pr) return;
    const pu = pr.unit ?? ctx.unit;
    (pr.items ?? []).forEach((it, i) => {
      checkRow(ch, 'row.procurement', `$.procurement.items[${i}].amounts`, plain(it.item, it.item), pu, it.amounts);
      if (it.quantity !== undefined && it.unitPrice !== undefined && it.amounts.total !== undefined) {
        const product = money(it.quantity).times(money(it.unitPrice));
        ch.sum(
          'row.procurementPrice',
          `$.procurement.items[${i}].amounts.total`,
          plain(it.item, it.item),
          plain('数量×单价', 'quantity × unit price'),
          pu,
          it.amounts.total,
          [{ label: plain('数量×单价', 'quantity × unit price'), amount: product.toFixed() }],
        );
      }
    });
    if (pr.total) checkRow(ch, 'row.procurement', '$.procurement.total', plain('政府采购合计', 'Procurement total'), pu, pr.total);
  },
};
