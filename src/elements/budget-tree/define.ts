import { defineElement } from '../define.js';
import { BudgetTree } from './budget-tree.js';

defineElement('budget-tree', BudgetTree);

export { BudgetTree };
