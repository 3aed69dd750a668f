import { THREE_PUBLIC_LABELS } from '../labels.js';
import { cell } from '../columns.js';
import type { BudgetDocument, TableLayout } from '../types.js';
import { amountKeys, base, tableColumns } from './derive.js';
import type { ColumnSpec, StandardTable, TableColumn, TableRow, TableSpec } from './spec.js';

const FUND = { 'zh-CN': '资金性质', en: 'Fund' };

const columns: ColumnSpec[] = [
  { type: 'text', label: { 'zh-CN': '项目', en: 'Item' } },
  { key: 'total', type: 'amount', label: { 'zh-CN': '合计', en: 'Total' }, group: FUND, match: /(?:合计|总计)$/, required: true },
  {
    key: 'bySource.generalPublicBudget',
    type: 'amount',
    label: { 'zh-CN': '一般公共预算财政拨款', en: 'General public budget' },
    group: FUND,
    match: /一般公共预算/,
  },
  { key: 'bySource.governmentFund', type: 'amount', label: { 'zh-CN': '政府性基金预算拨款', en: 'Government funds' }, group: FUND, match: /政府性基金/ },
  {
    key: 'bySource.stateCapital',
    type: 'amount',
    label: { 'zh-CN': '国有资本经营预算财政拨款', en: 'State capital operations' },
    group: FUND,
    match: /国有资本/,
  },
];

const FIGURES = [
  { key: 'budget', label: '预算数' },
  { key: 'total', label: '决算数' },
] as const;

/**
 * A final account's 财政拨款“三公”经费支出决算表: one row, 预算数 | 决算数 under each item, in the order printed
 * (合计, 因公出国（境）费, 公务用车购置及运行维护费 小计, its 购置费 and 运行维护费, 公务接待费).
 */
function finalThreePublic(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const tp = doc.threePublic;
  const items = tp?.items ?? [];
  const columns: TableColumn[] = items.flatMap((it) =>
    FIGURES.map((f) => ({
      type: 'amount' as const,
      key: f.key,
      label: f.label,
      group: it.key === 'threePublic' ? '合计' : (it.name ?? THREE_PUBLIC_LABELS[it.key]['zh-CN']),
    })),
  );
  const rows: TableRow[] = items.some((it) => it.amounts.budget !== undefined || it.amounts.total !== undefined)
    ? [
        {
          kind: 'item',
          cells: items.flatMap((it) => FIGURES.map((f) => it.amounts[f.key])),
          paths: items.flatMap((_, i) => FIGURES.map((f) => `$.threePublic.items[${i}].amounts.${f.key}`)),
        },
      ]
    : [];
  return base(doc, layout, columns, rows, tp?.unit);
}

/** 财政拨款“三公”经费支出表 (Hebei layout: rows by item, columns by fund); a final account's prints 预算数 | 决算数 per item. */
export function deriveThreePublic(doc: BudgetDocument, layout: TableLayout): StandardTable {
  if (doc.meta.phase === 'final' && (doc.threePublic?.items ?? []).some((it) => it.amounts.budget !== undefined || !it.amounts.bySource))
    return finalThreePublic(doc, layout);
  const tp = doc.threePublic;
  const keys = amountKeys(columns);
  const rows: TableRow[] = [];
  if (tp) {
    if (tp.total) {
      rows.push({ kind: 'total', cells: ['合计', ...keys.map((k) => cell(tp.total!, k))], paths: [undefined, ...keys.map((k) => `$.threePublic.total.${k}`)] });
    }
    tp.items.forEach((it, i) =>
      rows.push({
        kind: it.key === 'threePublic' ? 'subtotal' : 'item',
        cells: [it.name ?? THREE_PUBLIC_LABELS[it.key]['zh-CN'], ...keys.map((k) => cell(it.amounts, k))],
        paths: [undefined, ...keys.map((k) => `$.threePublic.items[${i}].amounts.${k}`)],
      }),
    );
  }
  return base(doc, layout, tableColumns(columns), rows, tp?.unit);
}

export const threePublic: TableSpec<'threePublic'> = {
  kind: 'threePublic',
  title: '部门财政拨款“三公”经费支出表',
  englishTitle: 'Fiscal appropriations: "three public" expenses',
  names: ['三公经费表'],
  titles: {
    precedence: 30,
    rules: [{ all: ['三公'] }],
    wordings: { hebei: ['部门预算财政拨款“三公”经费支出表'], shanghaiFinal: ['财政拨款“三公”经费支出决算表'] },
  },
  columns,
  derive: deriveThreePublic,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'threePublic' },
};
