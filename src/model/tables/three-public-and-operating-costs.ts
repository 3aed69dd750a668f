import { convert } from '../money.js';
import type { BudgetDocument, TableLayout } from '../types.js';
import { base, tableColumns } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

const THREE_PUBLIC = { 'zh-CN': '“三公”经费预算数', en: '“Three public” costs, budget' };
const VEHICLES = { 'zh-CN': '公务用车购置及运行费', en: 'Official vehicles: purchase and running' };

// The published header has three rows: “三公”经费预算数 over its 合计, 因公出国(境)费, 公务接待费 and
// 公务用车购置及运行费, which is itself over 小计 | 购置费 | 运行费; 机关运行经费预算数 spans all three beside it.
const columns: ColumnSpec[] = [
  { type: 'amount', label: { 'zh-CN': '合计', en: 'Total' }, group: THREE_PUBLIC },
  { type: 'amount', label: { 'zh-CN': '因公出国(境)费', en: 'Official travel abroad' }, group: THREE_PUBLIC },
  { type: 'amount', label: { 'zh-CN': '公务接待费', en: 'Official reception' }, group: THREE_PUBLIC },
  { type: 'amount', label: { 'zh-CN': '小计', en: 'Subtotal' }, group: THREE_PUBLIC, subgroup: VEHICLES },
  { type: 'amount', label: { 'zh-CN': '购置费', en: 'Purchase' }, group: THREE_PUBLIC, subgroup: VEHICLES },
  { type: 'amount', label: { 'zh-CN': '运行费', en: 'Running' }, group: THREE_PUBLIC, subgroup: VEHICLES },
  { type: 'amount', label: { 'zh-CN': '机关运行经费预算数', en: 'Operating costs of the offices, budget' } },
];

/** “三公”经费和机关运行经费预算表 (Shanghai layout: one row, items as columns). */
export function deriveThreePublicAndOperatingCosts(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const tp = doc.threePublic;
  const order = ['threePublic', 'abroad', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'];
  const index = (k: string) => tp?.items.findIndex((i) => i.key === k) ?? -1;
  const unit = tp?.unit ?? doc.operatingCosts?.unit ?? doc.meta.unit;
  const oc = doc.operatingCosts;
  // One unit line for the whole table: 机关运行经费 is restated in it, exactly, when published in another unit.
  const ocTotal = oc ? ((oc.unit ?? doc.meta.unit) === unit ? oc.total : convert(oc.total, oc.unit ?? doc.meta.unit, unit).toFixed()) : undefined;
  const rows: TableRow[] =
    tp || oc
      ? [
          {
            kind: 'item',
            cells: [...order.map((k) => tp?.items[index(k)]?.amounts.total), ocTotal],
            paths: [...order.map((k) => (index(k) >= 0 ? `$.threePublic.items[${index(k)}].amounts.total` : undefined)), '$.operatingCosts.total'],
          },
        ]
      : [];
  return base(doc, layout, tableColumns(columns), rows, unit);
}

export const threePublicAndOperatingCosts: TableSpec<'threePublicAndOperatingCosts'> = {
  kind: 'threePublicAndOperatingCosts',
  title: '部门“三公”经费和机关运行经费预算表',
  englishTitle: '"Three public" expenses and operating costs of the offices',
  names: ['三公和机关运行经费表'],
  titles: {
    precedence: 20,
    rules: [{ all: ['三公', '机关运行'] }],
    wordings: { shanghai: ['2025年部门“三公”经费和机关运行经费预算表'] },
  },
  columns,
  derive: deriveThreePublicAndOperatingCosts,
  numbered: true,
  import: { read: 'threePublicAndOperatingCosts' },
};
