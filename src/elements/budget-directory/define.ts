import { defineElement } from '../define.js';
import { BudgetDirectory } from './budget-directory.js';
// The directory shows a department's summary and its roll-ups in the kit's own elements.
import '../budget-summary/define.js';
import '../budget-tree/define.js';

defineElement('budget-directory', BudgetDirectory);

export { BudgetDirectory };
