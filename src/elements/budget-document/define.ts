import { defineElement } from '../define.js';
import { BudgetDocumentElement } from './budget-document.js';

defineElement('budget-document', BudgetDocumentElement);

export { BudgetDocumentElement };
