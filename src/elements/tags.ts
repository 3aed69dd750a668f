import { BudgetDirectory } from './budget-directory/budget-directory.js';
import { BudgetDocumentElement } from './budget-document/budget-document.js';
import { BudgetSummary } from './budget-summary/budget-summary.js';
import { BudgetTable } from './budget-table/budget-table.js';
import { BudgetTree } from './budget-tree/budget-tree.js';
import { KpiCard } from './kpi-card/kpi-card.js';
import { ProcurementTable } from './procurement-table/procurement-table.js';
import type { WidgetTag } from './tag-names.js';

/** Every element of the kit by its tag (`satisfies`: each tag of tag-names.ts, and no other). */
export const ELEMENTS = {
  'budget-summary': BudgetSummary,
  'budget-tree': BudgetTree,
  'budget-table': BudgetTable,
  'kpi-card': KpiCard,
  'procurement-table': ProcurementTable,
  'budget-document': BudgetDocumentElement,
  'budget-directory': BudgetDirectory,
} as const satisfies Record<WidgetTag, CustomElementConstructor>;

/** The elements that show one budget file: every element but `<budget-directory>`, which reads a catalog of them. */
export const BUDGET_TAGS = (Object.keys(ELEMENTS) as Array<keyof typeof ELEMENTS>).filter((t) => t !== 'budget-directory');
