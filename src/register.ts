/**
 * `budget-widgets/register`: registers every element of the kit and upgrades the
 * `<div data-budget-widget>` form, now and when such divs are added later.
 */
import { defineElements } from './elements/define.js';
import { ELEMENTS } from './elements/tags.js';
import { observeWidgets } from './embed/upgrade.js';

// The classes' types travel with this entry, so `import 'budget-widgets/register'` alone types
// document.querySelector('budget-tree') through HTMLElementTagNameMap.
export type { BudgetSummary } from './elements/budget-summary/budget-summary.js';
export type { BudgetTable } from './elements/budget-table/budget-table.js';
export type { BudgetTree } from './elements/budget-tree/budget-tree.js';
export type { KpiCard } from './elements/kpi-card/kpi-card.js';
export type { ProcurementTable } from './elements/procurement-table/procurement-table.js';
export type { BudgetDocumentElement } from './elements/budget-document/budget-document.js';
export type { BudgetDirectory } from './elements/budget-directory/budget-directory.js';

defineElements(ELEMENTS);
if (typeof document !== 'undefined' && document.documentElement) observeWidgets(document);
