/**
 * The one-file bundles (dist/budget-widgets.js as an ES module, dist/budget-widgets.iife.js as a
 * classic script with the global `BudgetWidgets`): everything the package exports, and every tag
 * registered on load.
 */
export * from './index.js';
import './register.js';
