import { defineElement } from '../define.js';
import { BudgetTable } from './budget-table.js';

defineElement('budget-table', BudgetTable);

export { BudgetTable };
