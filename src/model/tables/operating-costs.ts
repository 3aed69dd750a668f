import type { BudgetDocument, TableLayout } from '../types.js';
import { base, tableColumns } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

const columns: ColumnSpec[] = [
  { type: 'text', label: { 'zh-CN': '项目', en: 'Item' } },
  { type: 'amount', label: { 'zh-CN': '金额', en: 'Amount' } },
];

/** 机关运行经费: its parts and total, as the narrative publishes them. */
export function deriveOperatingCosts(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const oc = doc.operatingCosts;
  const rows: TableRow[] = [];
  if (oc) {
    rows.push({ kind: 'total', cells: ['合计', oc.total], paths: [undefined, '$.operatingCosts.total'] });
    oc.items?.forEach((it, i) => rows.push({ kind: 'item', cells: [it.name, it.amount], paths: [undefined, `$.operatingCosts.items[${i}].amount`] }));
  }
  return base(doc, layout, tableColumns(columns), rows, oc?.unit);
}

export const operatingCosts: TableSpec<'operatingCosts'> = {
  kind: 'operatingCosts',
  title: '部门机关运行经费表',
  englishTitle: 'Operating costs of the offices',
  names: ['机关运行经费'],
  titles: {
    precedence: 40,
    rules: [{ all: ['机关运行经费'] }],
    // Hebei and Shanghai publish it in words (the 情况说明) or in the “三公” table: no wording seen yet.
    wordings: {},
  },
  columns,
  derive: deriveOperatingCosts,
  numbered: true,
  // The importer reads its total from the “三公” table and its parts from the written part, not this table.
};
