import { convert } from '../money.js';
import type { AmountUnit, BudgetDocument, TableLayout } from '../types.js';
import { base, tableColumns, withData } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

// 项目 | 数量 | 价值, as the Hebei template prints them (价值 carries the unit line in its header there), and
// 计量单位 where the text gives one (平方米, 辆, 台/套).
const columns: ColumnSpec<string>[] = [
  { key: 'name', type: 'text', label: { 'zh-CN': '项目', en: 'Item' } },
  // A count, not money: shown as published, never rescaled.
  { key: 'quantity', type: 'amount', label: { 'zh-CN': '数量', en: 'Quantity' } },
  { key: 'measureUnit', type: 'text', label: { 'zh-CN': '计量单位', en: 'Counted in' } },
  { key: 'value', type: 'amount', label: { 'zh-CN': '价值', en: 'Value' } },
];

/**
 * 部门固定资产占用情况表, or the asset classes a written part states (流动资产, 固定资产 with its 房屋 and
 * 车辆, 在建工程 …): a row for each item of `assets.items` as published (name, quantity, its measure unit,
 * value), a part (其中) indented under its item, empty cells where the JSON has no figure, and no row the
 * JSON does not have: an empty list is the 空表列示 table, with its note. The 截止时间 line is `assets.asOf`.
 * Where no table layout names it, its title is the heading the text gives the assets. The totals of the
 * written part (fixedAssetsValue, plannedPurchaseValue, vehicles) are no rows of this table.
 */
export function deriveAssets(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const a = doc.assets;
  const from = a?.unit ?? doc.meta.unit;
  const unit = layout.unit ?? from;
  // The table has one unit line: a value published in another unit is restated in it, exactly.
  const value = (v: string | undefined, own?: AmountUnit) => (v === undefined || (own ?? from) === unit ? v : convert(v, own ?? from, unit).toFixed());
  const items = a?.items ?? [];
  const depth = (name: string | undefined, seen = 0): number => {
    const parent = name === undefined || seen > 5 ? undefined : items.find((i) => i.name === name);
    return parent ? 1 + depth(parent.partOf, seen + 1) : 0;
  };
  const rows: TableRow[] = items.map((item, i) => ({
    kind: /^(?:合计|总计)$/.test(item.name.replace(/\s+/g, '')) ? 'total' : 'item',
    ...(item.partOf !== undefined ? { level: 1 + depth(item.partOf) } : {}),
    cells: [item.name, item.quantity, item.measureUnit, value(item.value, item.unit)],
    paths: [undefined, `$.assets.items[${i}].quantity`, undefined, `$.assets.items[${i}].value`],
  }));
  const listed = doc.tables?.some((t) => t.kind === 'assets') ?? false;
  const shown = withData(tableColumns(columns), rows, ['name', 'quantity', 'value']);
  const table = base(doc, listed || !a?.title ? layout : { ...layout, title: a.title }, shown.columns, shown.rows, unit);
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
