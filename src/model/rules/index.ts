import { codeNames } from './code-names.js';
import { economicFunctional } from './economic-functional.js';
import { economicRows } from './economic-rows.js';
import { economicTree } from './economic-tree.js';
import type { Rule } from './engine.js';
import { expenditureSum } from './expenditure-sum.js';
import { expenditureTables } from './expenditure-tables.js';
import { functionalRows } from './functional-rows.js';
import { finalBasic } from './final-basic.js';
import { finalFiscal } from './final-fiscal.js';
import { finalLines } from './final-lines.js';
import { finalText } from './final-text.js';
import { finalTotals } from './final-totals.js';
import { functionalTree } from './functional-tree.js';
import { incomeSources } from './income-sources.js';
import { operatingCosts } from './operating-costs.js';
import { procurementRows } from './procurement-rows.js';
import { procurementSme } from './procurement-sme.js';
import { procurementSubtotals } from './procurement-subtotals.js';
import { procurementSummary } from './procurement-summary.js';
import { procurementTotal } from './procurement-total.js';
import { projectRows } from './project-rows.js';
import { projectsSum } from './projects-sum.js';
import { sources } from './sources.js';
import { threePublicRows } from './three-public-rows.js';
import { threePublicSum } from './three-public-sum.js';
import { threePublicTotal } from './three-public-total.js';
import { textItemChanges } from './text-item-changes.js';
import { textItems } from './text-items.js';
import { textOperatingCosts } from './text-operating-costs.js';
import { textOverview } from './text-overview.js';
import { textThreePublic } from './text-three-public.js';
import { textZeroChange } from './text-zero-change.js';
import { totalsBalance } from './totals-balance.js';
import { yearChanges } from './year-changes.js';

export { RuleContext } from './context.js';
export { Checker, RULE_ID, runRules, TOLERANCE, type Rule } from './engine.js';

/**
 * Every reconciliation (勾稽关系) rule, in the order they run: the order of the findings, and which of two
 * rules that find the same discrepancy reports it (the first; the other place goes into `alsoIn`).
 * docs/reconciliation-rules.md lists them.
 */
export const RULES: readonly Rule[] = [
  totalsBalance,
  incomeSources,
  finalTotals,
  finalFiscal,
  finalLines,
  finalBasic,
  finalText,
  expenditureSum,
  expenditureTables,
  sources,
  functionalTree,
  functionalRows,
  economicTree,
  economicRows,
  economicFunctional,
  projectRows,
  projectsSum,
  threePublicSum,
  threePublicRows,
  threePublicTotal,
  operatingCosts,
  procurementRows,
  procurementTotal,
  procurementSubtotals,
  procurementSme,
  procurementSummary,
  textItems,
  textItemChanges,
  textOverview,
  textZeroChange,
  yearChanges,
  textThreePublic,
  textOperatingCosts,
  codeNames,
];
