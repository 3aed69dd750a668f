import { defineElement } from '../define.js';
import { BudgetDirectory } from './budget-directory.js';

defineElement('budget-directory', BudgetDirectory);

export { BudgetDirectory };
