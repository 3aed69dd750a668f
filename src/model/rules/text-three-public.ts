import { plain, TOLERANCE, type Label, type Rule } from './engine.js';
import { quoteAt, wordsBefore } from './text.js';
import type { ThreePublicKey } from '../types.js';

/** The 三公 lines by the words before their figure, in the wordings departments use (购置及运维费, 公务车用车运行费 …). */
const LINES: Array<[RegExp, ThreePublicKey, Label]> = [
  [/三公”?经费(?:财政拨款)?(?:预算数|预算)?(?:总额)?$/, 'threePublic', plain('“三公”经费', '“three public” costs')],
  [/因公出国[（]?境[）]?费$/, 'abroad', plain('因公出国（境）费', 'official travel abroad')],
  [/公务(?:用)?车(?:辆)?购置及运(?:行|维)(?:维护)?费$/, 'vehicles', plain('公务用车购置及运行费', 'official vehicles')],
  [/(?:公务(?:用)?车(?:辆)?)?购置费$/, 'vehiclePurchase', plain('公务用车购置费', 'vehicle purchase')],
  [/公务(?:用)?车(?:用车)?运(?:行|维)(?:维护)?费$/, 'vehicleOperation', plain('公务用车运行费', 'vehicle operation')],
  [/公务接待费$/, 'reception', plain('公务接待费', 'official reception')],
];

/** The “三公” paragraph's figures are the 三公 table's. */
export const textThreePublic: Rule = {
  id: 'R-TEXT-05',
  title: { 'zh-CN': '“三公”经费说明中的金额与“三公”经费表一致', en: 'The three public costs the text gives are the table’s' },
  names: ['text.threePublic'],
  reads: '$.narrative[*] (the 三公 section: “三公”经费预算数为X万元，其中：因公出国（境）费X万元 …), $.threePublic',
  tolerance: TOLERANCE.text,
  check(ch, ctx) {
    const tp = ctx.doc.threePublic;
    if (!tp) return;
    const unit = tp.unit ?? ctx.unit;
    const layout = ctx.doc.tables?.find((t) => t.kind === 'threePublic' || t.kind === 'threePublicAndOperatingCosts');
    const where = layout ? plain(`「${layout.title}」`, `the table “${layout.title}”`) : plain('“三公”经费表', 'the 三公 table');
    for (const p of ctx.paragraphs) {
      if (p.sectionId !== 'threePublic' && !/三公/.test(p.sectionTitle)) continue;
      for (const m of p.mentions) {
        if (m.unit === '%') continue;
        const words = wordsBefore(p.text, m.offset).replace(/(?:为|是|安排|预算安排|预算为)$/, '');
        const line = LINES.find(([re]) => re.test(words));
        if (!line) continue;
        const [, key, label] = line;
        const figure = tp.items.find((i) => i.key === key)?.amounts.total ?? (key === 'threePublic' ? tp.total?.total : undefined);
        if (figure === undefined && !/^-?0(\.0+)?$/.test(m.value)) continue;
        ch.markText(p.path, m.offset);
        ch.stated(
          'text.threePublic',
          p.path,
          quoteAt(p.text, m.offset, m.end),
          label,
          { amount: m.value, unit: m.unit },
          { amount: figure ?? '0', unit, label: where },
        );
      }
    }
  },
};
