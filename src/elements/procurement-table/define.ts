import { defineElement } from '../define.js';
import { ProcurementTable } from './procurement-table.js';

defineElement('procurement-table', ProcurementTable);

export { ProcurementTable };
