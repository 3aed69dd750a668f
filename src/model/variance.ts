/**
 * A final account's execution by functional code (schema 1.3.0): for each 项 whose line in the written part
 * states its 年初预算 and 支出决算 (`expenditureNotes[].budget` and `.amount`), the two and the rate; a 款 or 类
 * gets the sum of its 项 only where every 项 under it that spent anything states both (never a part taken
 * for the whole). The rate is 决算 ÷ 预算 × 100, two decimals; none where the budget is zero.
 */
import { money, percent } from './money.js';
import type { BudgetDocument, DecimalString } from './types.js';

export interface Execution {
  budget: DecimalString;
  actual: DecimalString;
  /** Undefined where the budget is 0. */
  rate?: DecimalString;
}

/** The bands a variance view colours by, lowest first: each band's lower bound in percent (inclusive). */
export const EXECUTION_BANDS = [
  { key: 'under80', from: 0 },
  { key: 'under95', from: 80 },
  { key: 'near', from: 95 },
  { key: 'over', from: 100.005 },
] as const;
export type ExecutionBand = (typeof EXECUTION_BANDS)[number]['key'];

/** The band of a rate (percent, as a decimal string). */
export function bandOf(rate: DecimalString): ExecutionBand {
  const r = Number(rate);
  let band: ExecutionBand = 'under80';
  for (const b of EXECUTION_BANDS) if (r >= b.from) band = b.key;
  return band;
}

export function executionByCode(doc: BudgetDocument): Map<string, Execution> {
  const out = new Map<string, Execution>();
  if (doc.meta.phase !== 'final') return out;
  const rate = (actual: DecimalString, budget: DecimalString) => percent(actual, budget, 2);
  for (const n of doc.expenditureNotes ?? []) {
    if (!n.code || n.budget === undefined || (n.unit && n.unit !== doc.meta.unit) || out.has(n.code)) continue;
    const r = rate(n.amount, n.budget);
    out.set(n.code, { budget: n.budget, actual: n.amount, ...(r !== undefined ? { rate: r } : {}) });
  }
  // 款 then 类: the sum of the children, where every child that spent anything has its figures.
  const codes = doc.expenditure.functional.map((f) => f.code);
  for (const len of [5, 3]) {
    for (const code of codes.filter((c) => c.length === len)) {
      const kids = doc.expenditure.functional.filter((f) => f.code.length === len + 2 && f.code.startsWith(code));
      const spent = kids.filter((k) => k.amounts.total !== undefined && !money(k.amounts.total).isZero());
      if (!kids.length || !spent.length || !spent.every((k) => out.has(k.code))) continue;
      const parts = kids.map((k) => out.get(k.code)).filter((e): e is Execution => e !== undefined);
      const budget = parts.reduce((s, e) => s.plus(money(e.budget)), money('0'));
      const actual = parts.reduce((s, e) => s.plus(money(e.actual)), money('0'));
      // Exact sums, with as many decimals as the figures added up have (never rounded to fewer).
      const digits = Math.max(...parts.flatMap((e) => [e.budget, e.actual]).map((v) => (v.split('.')[1] ?? '').length));
      const b = budget.toFixed(digits);
      const a = actual.toFixed(digits);
      const r = rate(a, b);
      out.set(code, { budget: b, actual: a, ...(r !== undefined ? { rate: r } : {}) });
    }
  }
  return out;
}
