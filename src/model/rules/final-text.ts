import { cell, type ColumnKey } from '../columns.js';
import { money, Money, percent } from '../money.js';
import { plain, TOLERANCE, type Label, type Rule } from './engine.js';
import { wordsBefore } from './text.js';

/**
 * A final account's written part against its tables (schema 1.3.0): the 决算 each 项 line states
 * (`expenditureNotes[].amount`, where the line also states its 年初预算) is the 一般公共预算 table's figure of
 * that 项; the 决算 of 一般公共预算财政拨款支出 and of “三公”经费 (`budgetExecution`) are the tables' totals; and
 * a stated 完成预算的 N% is what the stated budget and 决算 give (a rate cut instead of rounded is a note).
 */
const FUND_TABLES: Array<{ key: ColumnKey; label: Label }> = [
  { key: 'bySource.generalPublicBudget', label: plain('一般公共预算财政拨款支出决算表', 'the general public budget table') },
  { key: 'bySource.governmentFund', label: plain('政府性基金预算财政拨款收入支出决算表', 'the government fund table') },
  { key: 'bySource.stateCapital', label: plain('国有资本经营预算财政拨款收入支出决算表', 'the state capital table') },
];

export const finalText: Rule = {
  id: 'R-FINAL-05',
  title: {
    'zh-CN': '决算：说明中的支出决算数与表一致，完成预算的百分比与所列两数相符',
    en: 'Final account: the actual figures the text states are the tables’, and each stated rate follows from its two figures',
  },
  names: ['text.finalItem', 'text.finalTotal', 'text.rate'],
  reads: '$.expenditureNotes[*] (amount, budget, code), $.budgetExecution[*], $.expenditure.functional[*].amounts, $.threePublic',
  tolerance: TOLERANCE.text,
  check(ch, ctx) {
    const doc = ctx.doc;
    if (doc.meta.phase !== 'final') return;
    const unit = ctx.unit;
    // The 决算 figures these checks compare with the tables are counted as checked where the text states them.
    const compared: Array<{ value: string; anchor: string; span: number }> = [];
    const said = (v: string, anchor: string, span: number) => compared.push({ value: money(v).toFixed(), anchor, span });
    doc.expenditureNotes?.forEach((n, i) => {
      if (n.budget === undefined || !n.code) return;
      const item = doc.expenditure.functional.find((f) => f.code === n.code);
      // The fiscal budget that paid for the 项 (一般公共预算, else 政府性基金 or 国有资本经营): never its all-funds total.
      const fund = item && FUND_TABLES.find((f) => cell(item.amounts, f.key) !== undefined);
      const figure = fund && cell(item!.amounts, fund.key);
      if (figure === undefined) return;
      said(n.amount, `${n.names[2]}（项）`, 150);
      ch.stated(
        'text.finalItem',
        `$.expenditureNotes[${i}].amount`,
        `${n.names.join('')} 支出决算为${n.amount}${n.unit ?? unit}`,
        plain(`${n.code} ${n.names[2]}`, `${n.code} ${n.names[2]}`),
        { amount: n.amount, unit: n.unit ?? unit },
        { amount: figure, unit, label: fund!.label },
      );
    });
    doc.budgetExecution?.forEach((e, i) => {
      const eu = e.unit ?? unit;
      const tp = doc.threePublic;
      const table =
        e.subject === 'generalPublicBudget'
          ? {
              amount: doc.expenditure.functionalTotal?.bySource?.generalPublicBudget,
              unit,
              label: plain('一般公共预算财政拨款支出决算表', 'the general public budget table'),
            }
          : e.subject === 'threePublic' && tp
            ? {
                // A blank 决算数 cell under a printed 预算数 is a published nothing.
                amount:
                  tp.items.find((it) => it.key === 'threePublic')?.amounts.total ?? (tp.items.some((it) => it.amounts.budget !== undefined) ? '0' : undefined),
                unit: tp.unit ?? unit,
                label: plain('财政拨款“三公”经费支出决算表', 'the 三公 table'),
              }
            : undefined;
      if (table?.amount !== undefined && e.text) said(e.actual, e.text, e.text.length);
      if (table?.amount !== undefined)
        ch.stated(
          'text.finalTotal',
          `$.budgetExecution[${i}].actual`,
          e.text ?? e.actual,
          plain(e.label ?? e.subject, e.subject),
          { amount: e.actual, unit: eu },
          {
            amount: table.amount,
            unit: table.unit,
            label: table.label,
          },
        );
      // The stated rate against the rate of the two stated figures, to the rate's own last digit.
      if (e.ratePercent === undefined || e.budget === undefined || money(e.budget).isZero()) return;
      ch.checks++;
      ch.textChecks++;
      const decimals = (e.ratePercent.split('.')[1] ?? '').length;
      const exact = money(percent(e.actual, e.budget, 6)!);
      const diff = money(e.ratePercent).minus(exact).abs();
      const step = money('10').pow(-decimals);
      if (diff.lte(step.div(2))) return;
      const given = percent(e.actual, e.budget, Math.max(decimals, 2))!;
      // "Cut" only where the stated rate is the exact one cut at its last digit.
      const cut = exact.toDecimalPlaces(decimals, Money.ROUND_DOWN).equals(money(e.ratePercent));
      ch.remark('text.rate', diff.lt(step) ? 'note' : 'warning', `$.budgetExecution[${i}].ratePercent`, e.text ?? '', {
        'zh-CN': `说明称${e.label ?? ''}完成预算的 ${e.ratePercent}%，所列${e.budgetLabel ?? '预算'} ${e.budget} 与决算 ${e.actual} 之比为 ${given}%${cut ? '（截位而非四舍五入）' : ''}。`,
        en: `The text states ${e.ratePercent}% of the budget spent; its ${e.budget} budget and ${e.actual} actual give ${given}%${cut ? ' (cut, not rounded)' : ''}.`,
      });
    });
    // A mention is the compared figure where it lies in its sentence (an execution's) or just after its 项's name (a line's).
    for (const p of ctx.paragraphs)
      for (const m of p.mentions) {
        if (!/决算为$/.test(wordsBefore(p.text, m.offset))) continue;
        const value = money(m.value).toFixed();
        const inPlace = (c: (typeof compared)[number]) => {
          const i = p.text.lastIndexOf(c.anchor, m.offset);
          return i >= 0 && m.offset - i < c.span;
        };
        if (compared.some((c) => c.value === value && inPlace(c))) ch.markText(p.path, m.offset);
      }
  },
};
