import { defineElement } from '../define.js';
import { BudgetSummary } from './budget-summary.js';

defineElement('budget-summary', BudgetSummary);

export { BudgetSummary };
