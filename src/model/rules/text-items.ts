import { both, plain, TOLERANCE, type Rule } from './engine.js';
import { AMOUNT, functionalItem, quoteAt, sameName, statedItems } from './text.js';
import { FORMER_CATEGORY_NAMES } from '../categories.js';
import { cell } from '../columns.js';
import type { BudgetDocument, FunctionalItem } from '../types.js';

const X = AMOUNT;
/** "2024年预算安排352.67万元": the item's amount said again. */
const REPEAT = new RegExp(`\\d{4}年(?:预算安排|安排预算|预算数为)${X}(亿元|万元|元)`, 'g');

/** Where the text's 项 figures are printed: the 一般公共预算 functional table by its title, where the JSON keeps it. */
function tableOf(doc: BudgetDocument) {
  const t = doc.tables?.find((x) => x.kind === 'generalPublicExpenditure') ?? doc.tables?.find((x) => x.kind === 'expenditure');
  return t ? plain(`「${t.title}」中该项`, `the table “${t.title}”`) : plain('功能分类表中该项', 'the functional table');
}

/** A 项's figure in the 财政拨款 tables the text describes: its 一般公共预算 column, else 财政拨款, else 合计. */
export const fiscalFigure = (item: FunctionalItem) =>
  cell(item.amounts, 'bySource.generalPublicBudget') ?? cell(item.amounts, 'bySource.fiscal') ?? cell(item.amounts, 'total');

/**
 * Each 项 the written part describes (财政拨款支出主要内容: "…（类）…（款）…（项）”25.77万元 … 2024年预算安排
 * 25.77万元") states the amount of the functional tables for that 项, in its headline and where it says it
 * again; a 科目 named with its code has the tables' name for that code.
 */
export const textItems: Rule = {
  id: 'R-TEXT-01',
  title: { 'zh-CN': '说明文字中各项支出的金额与功能分类表一致', en: 'The amount the text gives for each line item is the functional tables’ figure' },
  names: ['text.item', 'text.name'],
  reads: '$.narrative[*].paragraphs (…（类）…（款）…（项）X万元; YYYY年预算安排X万元), $.expenditure.functional',
  tolerance: TOLERANCE.text,
  check(ch, ctx) {
    const items = ctx.doc.expenditure.functional;
    for (const p of ctx.paragraphs) {
      for (const stated of statedItems(p.text)) {
        const { item, byCode } = functionalItem(items, stated.names, stated.codes);
        if (!item) continue;
        const figure = fiscalFigure(item);
        if (figure === undefined) continue;
        const subject = plain(`${item.code} ${item.name}`, `${item.code} ${item.name}`);
        const where = tableOf(ctx.doc);
        const check = (m: { offset: number; end: number; value: string; unit: string }) => {
          ch.markText(p.path, m.offset);
          ch.stated(
            'text.item',
            p.path,
            quoteAt(p.text, m.offset, m.end),
            subject,
            { amount: m.value, unit: m.unit as never },
            { amount: figure, unit: ctx.unit, label: where },
          );
        };
        check(stated.mention);
        for (const r of stated.rest.text.matchAll(REPEAT)) {
          const offset = stated.rest.offset + r.index! + r[0].length - r[1]!.length - r[2]!.length;
          check({ offset, end: stated.rest.offset + r.index! + r[0].length, value: r[1]!.replace(/,/g, ''), unit: r[2]! });
        }
        // Names: the text's 类 and 项 against the tables' for the same code.
        const category = items.find((i) => i.code === item.code.slice(0, 3));
        const quote = quoteAt(p.text, stated.mention.offset, stated.mention.end);
        if (category && !sameName(category.name, stated.names[0])) {
          const former = FORMER_CATEGORY_NAMES[category.code]?.find((n) => sameName(n.name, stated.names[0]));
          ch.remark(
            'text.name',
            former ? 'note' : 'question',
            p.path,
            quote,
            both((l) =>
              l === 'en'
                ? `The text names category ${category.code} “${stated.names[0]}”; the tables call it “${category.name}”${former ? ` (its name since ${former.until})` : ''}.`
                : `说明文字把 ${category.code} 类写作“${stated.names[0]}”，表中为“${category.name}”${former ? `（${former.until} 年起的名称）` : ''}。`,
            ),
          );
        }
        if (byCode && !sameName(item.name, stated.names[2])) {
          ch.remark(
            'text.name',
            'question',
            p.path,
            quote,
            both((l) =>
              l === 'en'
                ? `The text names ${item.code} “${stated.names[2]}”; the tables call it “${item.name}”.`
                : `说明文字把 ${item.code} 写作“${stated.names[2]}”，表中为“${item.name}”。`,
            ),
          );
        }
      }
    }
  },
};
