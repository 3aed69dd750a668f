/**
 * budget-widgets: the ES module entry. It exports the model, the loader and the element classes, and
 * registers every element the kit has.
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
import './elements/budget-tree/define.js';
import './elements/budget-table/define.js';
import './elements/budget-summary/define.js';
import './elements/kpi-card/define.js';
import './elements/procurement-table/define.js';
export const VERSION = '0.1.0';
