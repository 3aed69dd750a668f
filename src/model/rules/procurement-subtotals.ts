import { checkColumns } from './context.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/** Each unit's procurement 小计 equals the sum of that unit's rows. */
export const procurementSubtotals: Rule = {
  id: 'R-PROC-03',
  title: { 'zh-CN': '政府采购各单位小计等于该单位各行之和', en: 'Each procurement subtotal equals the sum of its unit’s rows' },
  names: ['sum.procurement'],
  reads: '$.procurement.subtotals[*].amounts.*, $.procurement.items[unitName = subtotal’s unitName].amounts.*',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const pr = ctx.doc.procurement;
    if (!pr?.subtotals) return;
    const rowsOfUnit = new Map<string, Array<{ amounts: (typeof pr.subtotals)[number]['amounts']; name: string }>>();
    for (const it of pr.items ?? []) {
      const list = rowsOfUnit.get(it.unitName ?? '') ?? [];
      rowsOfUnit.set(it.unitName ?? '', list);
      list.push({ amounts: it.amounts, name: it.item });
    }
    pr.subtotals.forEach((s, i) => {
      checkColumns(
        ch,
        'sum.procurement',
        plain(`${s.unitName}小计`, `${s.unitName} subtotal`),
        `$.procurement.subtotals[${i}].amounts`,
        pr.unit ?? ctx.unit,
        s.amounts,
        rowsOfUnit.get(s.unitName ?? '') ?? [],
      );
    });
  },
};
