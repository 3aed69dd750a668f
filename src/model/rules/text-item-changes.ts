import { both, TOLERANCE, type Rule } from './engine.js';
import { fiscalFigure } from './text-items.js';
import { AMOUNT, functionalItem, quoteAt, statedItems } from './text.js';
import { convert, formatAmount, money, Money } from '../money.js';
import type { AmountUnit } from '../types.js';

const X = AMOUNT;
/** "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%" (or …持平). */
const CHANGE = new RegExp(
  `(\\d{4})年(?:当年)?预算执行数(?:为)?${X}(亿元|万元|元)[，,]\\d{4}年预算安排${X}(?:亿元|万元|元)[，,]?(?:比|较|与)\\d{4}年(?:当年)?预算(?:执行数)?(?:(增加|增长|减少|下降)${X}%|持平)`,
);

/**
 * The change a 项 item states against last year's execution ("比2023年预算执行数减少57.14%") is the one its
 * table figure and the stated 上年执行数 give: (this year − last year) / last year. Last year's figure is
 * not in the tables, so it is taken as the text states it; a change from 0 (stated as 100%) is not checked.
 */
export const textItemChanges: Rule = {
  id: 'R-TEXT-02',
  title: {
    'zh-CN': '说明文字中各项支出的增减百分比与表中数和上年执行数相符',
    en: 'The change the text gives for each line item follows from its table figure and last year’s',
  },
  names: ['text.change'],
  reads: '$.narrative[*].paragraphs (YYYY年预算执行数为P万元，…比…增加R%), $.expenditure.functional',
  tolerance: TOLERANCE.percent,
  check(ch, ctx) {
    for (const p of ctx.paragraphs) {
      for (const stated of statedItems(p.text)) {
        const m = CHANGE.exec(stated.rest.text);
        if (!m) continue;
        const { item } = functionalItem(ctx.doc.expenditure.functional, stated.names, stated.codes);
        const figure = item && fiscalFigure(item);
        if (!item || figure === undefined) continue;
        const unit = m[3] as AmountUnit;
        const prior = money(m[2]!.replace(/,/g, ''));
        if (prior.isZero()) continue;
        const start = stated.rest.offset + m.index;
        const end = start + m[0].length;
        const quote = quoteAt(p.text, end - 1, end);
        const now = convert(figure, ctx.unit, unit);
        const nowShown = now.toDecimalPlaces(2, Money.ROUND_HALF_UP);
        const pct = (v: Money) => v.minus(prior).div(prior).times(100);
        const candidates = [pct(now), pct(nowShown)];
        ch.checks++;
        ch.textChecks++;
        const amount = (v: Money, l: 'zh-CN' | 'en') => formatAmount(v.toFixed(), { from: unit, decimals: 2, withUnit: true, lang: l });
        const same = !m[5];
        if (same) {
          ch.markText(p.path, start);
          if (now.minus(prior).abs().gt(0.005)) {
            ch.remark(
              'text.change',
              'warning',
              p.path,
              quote,
              both((l) =>
                l === 'en'
                  ? `The text says ${item.code} ${item.name} is unchanged, but its table figure ${amount(now, l)} differs from the stated ${amount(prior, l)} of last year.`
                  : `说明文字称 ${item.code} ${item.name} 与上年持平，但表中该项 ${amount(now, l)} 与所写上年执行数 ${amount(prior, l)} 不同。`,
              ),
            );
          }
          continue;
        }
        const sign = /减少|下降/.test(m[5]!) ? -1 : 1;
        const statedPct = money(m[6]!).times(sign);
        // The offset of the percentage itself, for the count of figures checked.
        ch.markText(p.path, end - m[6]!.length - 1);
        const off = candidates.map((c) => c.toDecimalPlaces(2, Money.ROUND_HALF_UP).minus(statedPct).abs());
        const best = off[0]!.lt(off[1]!) ? 0 : 1;
        if (off[best]!.isZero()) continue;
        const computed = candidates[best]!.toDecimalPlaces(2, Money.ROUND_HALF_UP);
        const word = (v: Money, l: 'zh-CN' | 'en') =>
          l === 'en' ? `${v.isNegative() ? 'a fall' : 'a rise'} of ${v.abs().toFixed(2)}%` : `${v.isNegative() ? '减少' : '增加'} ${v.abs().toFixed(2)}%`;
        ch.remark(
          'text.change',
          off[best]!.lte(0.01) ? 'note' : 'warning',
          p.path,
          quote,
          both((l) =>
            l === 'en'
              ? `The text gives ${item.code} ${item.name} ${word(statedPct, l)}; its table figure ${amount(nowShown, l)} against the stated ${amount(prior, l)} of last year gives ${word(computed, l)}.`
              : `说明文字写 ${item.code} ${item.name} ${word(statedPct, l)}；按表中该项 ${amount(nowShown, l)} 与所写上年执行数 ${amount(prior, l)} 计算，应为${word(computed, l)}。`,
          ),
        );
      }
    }
  },
};
