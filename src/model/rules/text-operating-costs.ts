import { plain, TOLERANCE, type Rule } from './engine.js';
import { quoteAt, wordsBefore } from './text.js';

/** The 机关运行经费 the text states ("…财政拨款的机关运行经费预算为443.18万元", "无机关运行经费") is the JSON's. */
export const textOperatingCosts: Rule = {
  id: 'R-TEXT-06',
  title: { 'zh-CN': '说明文字中的机关运行经费与表中一致', en: 'The running costs of the offices the text gives are the table’s' },
  names: ['text.operatingCosts'],
  reads: '$.narrative[*].paragraphs (机关运行经费预算为X万元; 无机关运行经费), $.operatingCosts.total',
  tolerance: TOLERANCE.text,
  check(ch, ctx) {
    const oc = ctx.doc.operatingCosts;
    if (!oc) return;
    const unit = oc.unit ?? ctx.unit;
    const where = plain('表中机关运行经费', 'the tables');
    const subject = plain('机关运行经费', '机关运行经费 (running costs)');
    for (const p of ctx.paragraphs) {
      for (const m of p.mentions) {
        if (m.unit === '%') continue;
        const words = wordsBefore(p.text, m.offset).replace(/(?:预算)?(?:为|是|安排|合计|共计)$/, '');
        if (!/机关运行经费(?:预算|财政拨款)?$/.test(words)) continue;
        ch.markText(p.path, m.offset);
        ch.stated(
          'text.operatingCosts',
          p.path,
          quoteAt(p.text, m.offset, m.end),
          subject,
          { amount: m.value, unit: m.unit },
          { amount: oc.total, unit, label: where },
        );
      }
      const none = /无机关运行经费/.exec(p.text);
      if (none)
        ch.stated(
          'text.operatingCosts',
          p.path,
          quoteAt(p.text, none.index, none.index + none[0].length),
          subject,
          { amount: '0', unit },
          { amount: oc.total, unit, label: where },
        );
    }
  },
};
