/**
 * budget-widgets: the package entry. It exports the model, the loader, the events and the element
 * classes, and has no side effects: importing it registers no tag. `budget-widgets/register` (src/register.ts)
 * registers them; the one-file bundles (src/bundle.ts) do both.
 */
export * from './model/index.js';
export * from './data/index.js';
export * from './events/budget-select.js';
export { BudgetTree } from './elements/budget-tree/budget-tree.js';
export { BudgetTable } from './elements/budget-table/budget-table.js';
export { BudgetSummary } from './elements/budget-summary/budget-summary.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { ProcurementTable } from './elements/procurement-table/procurement-table.js';
export { toCSV } from './model/csv.js';
export { defineElements } from './elements/define.js';
export { upgradeWidgets, observeWidgets, WIDGET_TAGS, type WidgetTag } from './embed/upgrade.js';
export { VERSION } from './version.js';
