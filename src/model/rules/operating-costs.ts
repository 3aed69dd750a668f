import { money, Money, publishedDecimals, sum } from '../money.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/**
 * 机关运行经费 equals the sum of its published items, when they are all of it: the list ends with a remainder
 * (其他支出, 其他费用 …), as the founding department's does, or adds up to the total or more. Items that add up
 * to less, with no remainder, are some of them ("其中：办公费X万元，…") and are not checked against the total.
 */
export const operatingCosts: Rule = {
  id: 'R-OPC-01',
  title: { 'zh-CN': '机关运行经费等于其各明细之和', en: 'Operating costs of the offices equal the sum of their items' },
  names: ['sum.operatingCosts'],
  reads: '$.operatingCosts.total, $.operatingCosts.items[*].amount',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const oc = ctx.doc.operatingCosts;
    if (!oc?.items?.length) return;
    const amounts = oc.items.map((it) => it.amount);
    const complete = oc.items.some((it) => /^其[他它]/.test(it.name.trim()));
    const decimals = Math.min(...[oc.total, ...amounts].filter((a) => !money(a).isZero()).map(publishedDecimals));
    const rounding = new Money(10)
      .pow(-(Number.isFinite(decimals) ? decimals : 0))
      .times(amounts.length)
      .div(2);
    if (!complete && sum(amounts).lt(money(oc.total).minus(rounding))) return;
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
