import { plain, TOLERANCE, type CheckedFigure, type Rule } from './engine.js';

/** The procurement budget in the narrative equals its goods + works + services. */
export const procurementSummary: Rule = {
  id: 'R-PROC-05',
  title: { 'zh-CN': '政府采购预算等于货物、工程、服务之和', en: 'Procurement budget equals goods plus works plus services' },
  names: ['sum.procurementSummary'],
  reads: '$.procurement.summary (total, goods, works, services)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const pr = ctx.doc.procurement;
    const s = pr?.summary;
    if (!pr || s?.total === undefined) return;
    const parts: CheckedFigure[] = [];
    if (s.goods !== undefined) parts.push({ label: plain('货物', 'goods'), amount: s.goods });
    if (s.works !== undefined) parts.push({ label: plain('工程', 'works'), amount: s.works });
    if (s.services !== undefined) parts.push({ label: plain('服务', 'services'), amount: s.services });
    ch.sum(
      'sum.procurementSummary',
      '$.procurement.summary.total',
      plain('政府采购预算', 'Procurement budget'),
      plain('', ''),
      pr.unit ?? ctx.unit,
      s.total,
      parts,
    );
  },
};
