/**
 * The few words the model writes around the tables it derives and exports (the lines a published table
 * has above and below it, its 序号 and 栏次 headings) and the importer's report of a table: the model's
 * own, so that it never depends on the widgets' UI strings. `<budget-table>` prints the same words from here.
 */
import type { Lang } from './messages.js';

export const VOCABULARY = {
  'zh-CN': {
    serial: '序号',
    columnNumbers: '栏次',
    budgetYear: (y: number) => `预算年度：${y}`,
    finalYear: (y: number) => `决算年度：${y}`,
    unit: (u: string) => `单位：${u}`,
    department: (d: string) => `编制部门：${d}`,
    /** The same line of a unit's own budget (单位预算). */
    unitDepartment: (d: string) => `编制单位：${d}`,
    note: '注：',
    /** A recognised table whose figures come from the others (财政拨款收支总表). */
    derivedTable: '由其他表推导，不单独读取',
    /** A recognised table the importer does not read yet. */
    tableNotRead: '暂不读取此类表',
  },
  en: {
    serial: 'No.',
    columnNumbers: 'Column',
    budgetYear: (y: number) => `Budget year: ${y}`,
    finalYear: (y: number) => `Final account year: ${y}`,
    unit: (u: string) => `Unit: ${u}`,
    department: (d: string) => `Department: ${d}`,
    unitDepartment: (d: string) => `Budget unit: ${d}`,
    note: 'Note: ',
    derivedTable: 'derived from the other tables; its figures are not read separately',
    tableNotRead: 'not read yet',
  },
} satisfies Record<Lang, unknown>;
