import { defineElement } from '../define.js';
import { BudgetDocumentElement } from './budget-document.js';
// The document shows its parts in the kit's own elements.
import '../budget-summary/define.js';
import '../budget-tree/define.js';
import '../budget-table/define.js';
import '../kpi-card/define.js';
import '../procurement-table/define.js';

defineElement('budget-document', BudgetDocumentElement);

export { BudgetDocumentElement };
