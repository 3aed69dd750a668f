import { convert } from '../money.js';
import type { BudgetDocument, TableLayout } from '../types.js';
import { base, tableColumns } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

// 项目 | 数量 | 价值, as the Hebei template prints them (价值 carries the unit line in its header there).
const columns: ColumnSpec<string>[] = [
  { key: 'name', type: 'text', label: { 'zh-CN': '项目', en: 'Item' } },
  // A count, not money: shown as published, never rescaled.
  { key: 'quantity', type: 'amount', label: { 'zh-CN': '数量', en: 'Quantity' } },
  { key: 'value', type: 'amount', label: { 'zh-CN': '价值', en: 'Value' } },
];

/**
 * 部门固定资产占用情况表: a row for each item of `assets.items` as published (name, quantity, value), empty
 * cells where the JSON has no figure, and no row the JSON does not have: an empty list is the 空表列示 table,
 * with its note. The 截止时间 line is `assets.asOf`. The totals of the written part (fixedAssetsValue,
 * plannedPurchaseValue, vehicles) are no rows of this table.
 */
export function deriveAssets(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const a = doc.assets;
  const from = a?.unit ?? doc.meta.unit;
  const unit = layout.unit ?? from;
  // The table has one unit line: a value published in another unit is restated in it, exactly.
  const value = (v: string | undefined) => (v === undefined || unit === from ? v : convert(v, from, unit).toFixed());
  const rows: TableRow[] = (a?.items ?? []).map((item, i) => ({
    kind: /^(?:合计|总计)$/.test(item.name.replace(/\s+/g, '')) ? 'total' : 'item',
    cells: [item.name, item.quantity, value(item.value)],
    paths: [undefined, `$.assets.items[${i}].quantity`, `$.assets.items[${i}].value`],
  }));
  const table = base(doc, layout, tableColumns(columns), rows, unit);
  if (table.note === undefined && a?.note) table.note = a.note;
  if (a?.asOf) table.asOf = a.asOf;
  return table;
}

/** 固定资产占用情况表: read into `assets`, derived from it. */
export const assets: TableSpec<'assets'> = {
  kind: 'assets',
  title: '部门固定资产占用情况表',
  englishTitle: 'Fixed assets in use',
  names: ['固定资产表'],
  titles: {
    precedence: 60,
    rules: [{ all: ['固定资产'] }],
    wordings: { hebei: ['部门固定资产占用情况表'] },
  },
  columns,
  derive: deriveAssets,
  // Listed by the layout where the disclosure printed the table; a JSON without that entry but with items has it too.
  listedWhen: (doc) => (doc.assets?.items?.length ?? 0) > 0,
  import: { read: 'assets' },
};
