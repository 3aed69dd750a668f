import { cell } from '../columns.js';
import type { BudgetDocument, TableLayout } from '../types.js';
import { amountKeys, base, ofPhase, tableColumns } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

const ECONOMIC = { 'zh-CN': '部门经济分类科目', en: 'Economic classification' };
const BASIC = { 'zh-CN': '基本支出', en: 'Basic expenditure' };

const columns: ColumnSpec[] = [
  { type: 'code', label: { 'zh-CN': '科目编码', en: 'Code' }, group: ECONOMIC },
  { type: 'text', label: { 'zh-CN': '科目名称', en: 'Item' }, group: ECONOMIC },
  { key: 'total', type: 'amount', label: { 'zh-CN': '合计', en: 'Total' }, group: BASIC, match: /(?:合计|总计)$/, required: true, phase: 'budget' },
  // A final account's prints one figure per code, its 决算数.
  { key: 'total', type: 'amount', label: { 'zh-CN': '决算数', en: 'Final account' }, match: /^决算数$/, required: true, phase: 'final' },
  {
    key: 'byCostKind.personnel',
    type: 'amount',
    label: { 'zh-CN': '人员经费', en: 'Personnel costs' },
    group: BASIC,
    match: /人员经费/,
    required: true,
    phase: 'budget',
  },
  {
    key: 'byCostKind.public',
    type: 'amount',
    label: { 'zh-CN': '公用经费', en: 'Office and operating costs' },
    group: BASIC,
    match: /公用经费/,
    required: true,
    phase: 'budget',
  },
];

/** 基本支出表 by economic classification, 人员经费/公用经费. */
export function deriveBasicEconomic(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const eco = doc.expenditure.economic;
  const shown = ofPhase(columns, doc.meta.phase);
  const keys = amountKeys(shown);
  const rows: TableRow[] = [];
  if (eco && doc.meta.phase === 'final') {
    // A final account's: the codes with their 决算数, then 人员经费合计 and 公用经费合计 (its two panels as one list).
    eco.items.forEach((e, i) =>
      rows.push({
        kind: 'item',
        code: e.code,
        level: (e.code.length - 1) / 2,
        cells: [e.code, e.name, cell(e.amounts, 'total')],
        paths: [undefined, undefined, `$.expenditure.economic.items[${i}].amounts.total`],
      }),
    );
    for (const [key, label] of [
      ['personnel', '人员经费合计'],
      ['public', '公用经费合计'],
    ] as const) {
      const value = eco.total?.byCostKind?.[key];
      if (value !== undefined)
        rows.push({ kind: 'total', cells: [undefined, label, value], paths: [undefined, undefined, `$.expenditure.economic.total.byCostKind.${key}`] });
    }
  } else if (eco) {
    rows.push({
      kind: 'total',
      cells: [undefined, '合计', ...keys.map((k) => cell(eco.total ?? {}, k))],
      paths: [undefined, undefined, ...keys.map((k) => `$.expenditure.economic.total.${k}`)],
    });
    eco.items.forEach((e, i) =>
      rows.push({
        kind: 'item',
        code: e.code,
        level: (e.code.length - 1) / 2,
        cells: [e.code, e.name, ...keys.map((k) => cell(e.amounts, k))],
        paths: [undefined, undefined, ...keys.map((k) => `$.expenditure.economic.items[${i}].amounts.${k}`)],
      }),
    );
  }
  return base(doc, layout, tableColumns(shown), rows);
}

export const basicEconomic: TableSpec<'basicEconomic'> = {
  kind: 'basicEconomic',
  title: '部门一般公共预算财政拨款基本支出表',
  englishTitle: 'General public budget appropriations: basic expenditure',
  names: ['基本支出表'],
  titles: {
    precedence: 90,
    rules: [{ all: ['基本支出'], none: ['收支'] }],
    wordings: {
      hebei: ['部门预算一般公共预算财政拨款基本支出表'],
      shanghai: ['2025年部门一般公共预算基本支出部门预算经济分类预算表'],
      shanghaiFinal: ['一般公共预算财政拨款基本支出决算表'],
    },
  },
  columns,
  derive: deriveBasicEconomic,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'economic' },
};
