import { plain, TOLERANCE, type Rule } from './engine.js';

/** 机关运行经费 equals the sum of its published items. */
export const operatingCosts: Rule = {
  id: 'R-OPC-01',
  title: { 'zh-CN': '机关运行经费等于其各明细之和', en: 'Operating costs of the offices equal the sum of their items' },
  names: ['sum.operatingCosts'],
  reads: '$.operatingCosts.total, $.operatingCosts.items[*].amount',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const oc = ctx.doc.operatingCosts;
    if (!oc?.items?.length) return;
    ch.sum(
      'sum.operatingCosts',
      '$.operatingCosts.total',
      plain('机关运行经费', 'Operating costs of the offices'),
      plain('', ''),
      oc.unit ?? ctx.unit,
      oc.total,
      oc.items.map((it) => ({ label: plain(it.name, it.name), amount: it.amount })),
    );
  },
};
