import { plain, TOLERANCE, type Rule } from './engine.js';

/** The share reserved for small and medium enterprises equals the sum of the rows' reserved shares. */
export const procurementSme: Rule = {
  id: 'R-PROC-04',
  title: { 'zh-CN': '预留中小微企业份额合计等于各行预留份额之和', en: 'Share reserved for SMEs equals the sum of the rows’ reserved shares' },
  names: ['sum.procurementSme'],
  reads: '$.procurement.smeReservedTotal, $.procurement.items[*].smeReserved',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const pr = ctx.doc.procurement;
    if (pr?.smeReservedTotal === undefined) return;
    const sme = (pr.items ?? []).filter((it) => it.smeReserved !== undefined).map((it) => ({ label: plain(it.item, it.item), amount: it.smeReserved! }));
    ch.sum(
      'sum.procurementSme',
      '$.procurement.smeReservedTotal',
      plain('预留中小微企业份额', 'Share reserved for SMEs'),
      plain('', ''),
      pr.unit ?? ctx.unit,
      pr.smeReservedTotal,
      sme,
    );
  },
};
