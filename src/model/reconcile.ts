import type { BudgetDocument } from './types.js';
import { RuleContext } from './rules/context.js';
import { runRules, type ReconciliationReport } from './rules/engine.js';
import { RULES } from './rules/index.js';

export type { CheckedFigure, Finding, ReconciliationReport } from './rules/engine.js';

/**
 * Checks every 勾稽关系 the document allows: income = expenditure, parents = sum of children in every
 * column, row totals = sum of their columns, 基本支出 = 人员经费 + 公用经费, 项目支出 = sum of projects,
 * 三公 = sum of its parts, procurement totals = sum of rows, and figures published twice agree.
 * Published figures are never changed: differences are reported. Each check is a rule of RULES
 * (src/model/rules/, docs/reconciliation-rules.md), run in order by the engine (rules/engine.ts).
 */
export function reconcile(doc: BudgetDocument): ReconciliationReport {
  return runRules(RULES, new RuleContext(doc));
}
