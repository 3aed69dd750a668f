/**
 * A final account's budget against its 决算 (schema 1.3.0), as a reader wants it in one glance: for each
 * subject the budget, the 决算 and the rate of execution. The figures are the published ones: the 三公 table's
 * 预算数 | 决算数 where it prints them, else what the text states (一般公共预算财政拨款支出 年初预算 …); the rate
 * is the stated one, with the rate the two figures give beside it where the two differ.
 */
import { convert, money, percent } from './money.js';
import type { AmountUnit, BudgetDocument, DecimalString } from './types.js';

export interface ExecutionLine {
  /** generalPublicBudget, threePublic, or another subject of `budgetExecution`. */
  subject: string;
  /** The budget's name as printed (年初预算, 预算数). */
  budgetLabel?: string;
  budget?: DecimalString;
  actual: DecimalString;
  unit: AmountUnit;
  /** 完成预算的 N% as the document states it. */
  statedRate?: DecimalString;
  /** The rate the two figures give (two decimals), where there is a budget that is not zero. */
  computedRate?: DecimalString;
  /** Where the figures come from: the 三公 table, or a sentence of the written part. */
  from: 'table' | 'text';
}

/** The subjects a summary shows, in order. */
const SUBJECTS = ['generalPublicBudget', 'threePublic'] as const;

export function executionLines(doc: BudgetDocument): ExecutionLine[] {
  if (doc.meta.phase !== 'final') return [];
  const out: ExecutionLine[] = [];
  for (const subject of SUBJECTS) {
    const stated = doc.budgetExecution?.find((e) => e.subject === subject);
    const tp = subject === 'threePublic' ? doc.threePublic : undefined;
    const row = tp?.items.find((i) => i.key === 'threePublic')?.amounts;
    let line: ExecutionLine | undefined;
    if (row?.budget !== undefined) {
      // A blank 决算数 cell under a printed 预算数 is a published nothing: 0.
      line = { subject, budgetLabel: '预算数', budget: row.budget, actual: row.total ?? '0', unit: tp?.unit ?? doc.meta.unit, from: 'table' };
      if (stated?.ratePercent !== undefined) line.statedRate = stated.ratePercent;
    } else if (stated) {
      line = {
        subject,
        ...(stated.budgetLabel ? { budgetLabel: stated.budgetLabel } : {}),
        ...(stated.budget !== undefined ? { budget: stated.budget } : {}),
        actual: stated.actual,
        unit: stated.unit ?? doc.meta.unit,
        ...(stated.ratePercent !== undefined ? { statedRate: stated.ratePercent } : {}),
        from: 'text',
      };
    }
    if (!line) continue;
    const rate = line.budget !== undefined ? percent(line.actual, line.budget, 2) : undefined;
    if (rate !== undefined) line.computedRate = rate;
    out.push(line);
  }
  return out;
}

/** The carry-overs a final account prints: all funds, and 财政拨款 alone, at the start and the end of the year. */
export function carryOvers(doc: BudgetDocument): {
  all?: { opening?: DecimalString; closing?: DecimalString };
  fiscal?: { opening?: DecimalString; closing?: DecimalString };
} {
  if (doc.meta.phase !== 'final') return {};
  const pick = (opening?: DecimalString, closing?: DecimalString) =>
    opening === undefined && closing === undefined
      ? undefined
      : { ...(opening !== undefined ? { opening } : {}), ...(closing !== undefined ? { closing } : {}) };
  const all = pick(doc.income.bySource.carryover, doc.expenditure.carryForward);
  const fiscal = pick(doc.income.fiscalCarryover?.fiscal, doc.expenditure.fiscalCarryForward?.fiscal);
  return { ...(all ? { all } : {}), ...(fiscal ? { fiscal } : {}) };
}

/**
 * The whole year's spending of a budget file against its final account's (the two 合计 of their functional
 * tables, 本年支出), the budget's figure restated exactly in the final account's unit; undefined where either
 * has none. The caller pairs only a budget and a final account of one department and year (planAgainstActual).
 */
export function plannedTotal(plan: BudgetDocument, final: BudgetDocument): ExecutionLine | undefined {
  const p = plan.expenditure.functionalTotal?.total ?? plan.expenditure.currentYear ?? plan.expenditure.total;
  const a = final.expenditure.functionalTotal?.total ?? final.expenditure.currentYear;
  if (p === undefined || a === undefined) return undefined;
  const budget = money(convert(p, plan.meta.unit, final.meta.unit).toFixed()).toFixed();
  const rate = percent(a, budget, 2);
  return {
    subject: 'expenditure',
    budgetLabel: '预算数',
    budget,
    actual: a,
    unit: final.meta.unit,
    ...(rate !== undefined ? { computedRate: rate } : {}),
    from: 'table',
  };
}
