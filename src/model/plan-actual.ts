/**
 * A budget and the final account of the same department and year, line against line (schema 1.3.0): each
 * functional code's 预算数 (the budget file's 合计) against its 决算数 (the final account's 本年支出合计), and
 * the lines that cannot be set against each other, said as such: a code only in one of the two files, a
 * code named otherwise in each. The budget's figures are restated exactly in the final account's unit
 * (a Shanghai budget in 元, its 决算 in 万元).
 */
import { convert, money, percent, publishedDecimals, UNIT_EXPONENT } from './money.js';
import type { BudgetDocument, FunctionalItem } from './types.js';
import type { Execution } from './variance.js';

export interface PlanAgainstActual {
  /** Why the two files cannot be set against each other; empty when they can. */
  problems: Array<'notBudget' | 'notFinal' | 'year' | 'department'>;
  /** Per code found in both with both figures. */
  lines: Map<string, Execution>;
  onlyInPlan: FunctionalItem[];
  onlyInFinal: FunctionalItem[];
  /** A code both files have, under another name in each. */
  renamed: Array<{ code: string; planName: string; finalName: string }>;
}

const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

export function planAgainstActual(plan: BudgetDocument, final: BudgetDocument): PlanAgainstActual {
  const problems: PlanAgainstActual['problems'] = [];
  if (plan.meta.phase !== 'budget') problems.push('notBudget');
  if (final.meta.phase !== 'final') problems.push('notFinal');
  if (plan.meta.fiscalYear !== final.meta.fiscalYear) problems.push('year');
  if (!same(plan.meta.department.name, final.meta.department.name)) problems.push('department');
  const out: PlanAgainstActual = { problems, lines: new Map(), onlyInPlan: [], onlyInFinal: [], renamed: [] };
  if (problems.length) return out;
  const from = plan.meta.unit;
  const to = final.meta.unit;
  const planned = new Map(plan.expenditure.functional.map((f) => [f.code, f]));
  const actual = new Map(final.expenditure.functional.map((f) => [f.code, f]));
  for (const f of plan.expenditure.functional) if (!actual.has(f.code)) out.onlyInPlan.push(f);
  for (const f of final.expenditure.functional) {
    const p = planned.get(f.code);
    if (!p) {
      out.onlyInFinal.push(f);
      continue;
    }
    if (!same(p.name, f.name)) out.renamed.push({ code: f.code, planName: p.name, finalName: f.name });
    if (p.amounts.total === undefined || f.amounts.total === undefined) continue;
    // Exactly, with the digits the restatement needs (31214205.80元 is 3121.420580万元).
    const digits = Math.max(0, publishedDecimals(p.amounts.total) + UNIT_EXPONENT[to] - UNIT_EXPONENT[from]);
    const budget = convert(p.amounts.total, from, to).toFixed(digits);
    const budgetShown = money(budget).toFixed();
    const rate = percent(f.amounts.total, budgetShown, 2);
    out.lines.set(f.code, { budget: budgetShown, actual: f.amounts.total, ...(rate !== undefined ? { rate } : {}) });
  }
  return out;
}
