import { both, TOLERANCE, type Rule } from './engine.js';
import { quoteAt } from './text.js';
import { formatAmount } from '../money.js';
import type { AmountUnit } from '../types.js';

/** "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元": a figure of 0 cannot have risen from last year. */
const ZERO_UP = /(?<![\d.])0(?:\.0+)?(?:亿元|万元|元)[，,]?(?:比|较)(?:上年|\d{4}年)[^，。；]{0,20}?(?:增加|增长)(-?\d[\d,]*(?:\.\d+)?)(亿元|万元|元)/g;

export const textZeroChange: Rule = {
  id: 'R-TEXT-04',
  title: { 'zh-CN': '为 0 的数不会比上年增加', en: 'A figure of 0 has not risen from last year' },
  names: ['text.zeroRise'],
  reads: '$.narrative[*].paragraphs (X为0万元，比…增加Y万元)',
  tolerance: TOLERANCE.none,
  check(ch, ctx) {
    for (const p of ctx.paragraphs) {
      for (const m of p.text.matchAll(ZERO_UP)) {
        const rise = m[1]!.replace(/,/g, '');
        const end = m.index! + m[0].length;
        ch.checks++;
        ch.textChecks++;
        ch.markText(p.path, end - m[1]!.length - m[2]!.length);
        if (/^-?0(\.0+)?$/.test(rise)) continue;
        const amount = (l: 'zh-CN' | 'en') => formatAmount(rise, { from: m[2] as AmountUnit, withUnit: true, lang: l });
        ch.remark(
          'text.zeroRise',
          'warning',
          p.path,
          quoteAt(p.text, m.index!, end),
          both((l) =>
            l === 'en'
              ? `The text gives a figure of 0 that rose by ${amount(l)} from last year: an increase to 0 is not possible (last year would be negative); another line's change may have been copied here.`
              : `说明文字中为 0 的数却“增加${rise}${m[2]}”：增加后为 0 意味着上年为负数，不可能；可能误抄了别处的增减额。`,
          ),
        );
      }
    }
  },
};
