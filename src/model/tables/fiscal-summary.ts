import { SOURCE_LABELS } from '../labels.js';
import { chineseOrdinal } from '../categories.js';
import { cell } from '../columns.js';
import { FISCAL_SOURCES, type BudgetDocument, type SourceKey, type TableLayout } from '../types.js';
import { base, categoryCell, categoryLabel, categoryRows, sumDefined, tableColumns } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

const INCOME = { 'zh-CN': '收入', en: 'Income' };
const EXPENDITURE = { 'zh-CN': '支出', en: 'Expenditure' };
const ITEM = { 'zh-CN': '项目', en: 'Item' };

const columns: ColumnSpec[] = [
  { type: 'text', label: ITEM, group: INCOME },
  { type: 'amount', label: { 'zh-CN': '金额', en: 'Amount' }, group: INCOME },
  { type: 'text', label: ITEM, group: EXPENDITURE },
  { key: 'bySource.fiscal', type: 'amount', label: { 'zh-CN': '合计', en: 'Total' }, group: EXPENDITURE },
  { key: 'bySource.generalPublicBudget', type: 'amount', label: { 'zh-CN': '一般公共预算财政拨款', en: 'General public budget' }, group: EXPENDITURE },
  { key: 'bySource.governmentFund', type: 'amount', label: { 'zh-CN': '政府性基金预算财政拨款', en: 'Government funds' }, group: EXPENDITURE },
  { key: 'bySource.stateCapital', type: 'amount', label: { 'zh-CN': '国有资本经营预算财政拨款', en: 'State capital operations' }, group: EXPENDITURE },
];

/** 财政拨款收支总表: fiscal income lines beside fiscal expenditure by 类 and fund. */
export function deriveFiscalSummary(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const fiscal = FISCAL_SOURCES;
  const cats = categoryRows(doc, layout);
  const ft = doc.expenditure.functionalTotal ?? {};
  const keys = columns.filter((c) => c.key).map((c) => c.key!);
  const rows: TableRow[] = [];
  const n = Math.max(fiscal.length, cats.length);
  for (let i = 0; i < n; i++) {
    const src = fiscal[i];
    const cat = cats[i];
    rows.push({
      kind: 'item',
      cells: [
        src ? (layout.incomeLabels?.[i] ?? `${chineseOrdinal(i + 1)}、${SOURCE_LABELS[src]['zh-CN']}`) : undefined,
        src ? doc.income.bySource[src] : undefined,
        cat ? categoryLabel(cat, i) : undefined,
        ...keys.map((k) => categoryCell(doc, layout, cat, k).value),
      ],
      paths: [undefined, src ? `$.income.bySource.${src}` : undefined, undefined, ...keys.map((k) => categoryCell(doc, layout, cat, k).path)],
    });
  }
  const totalPaths = keys.map((k) => `$.expenditure.functionalTotal.${k}`);
  const fiscalIncome = doc.income.bySource.fiscal ?? sumDefined(fiscal.map((s) => doc.income.bySource[s]));
  // A computed total is no published figure: it gets no path (and so no reconciliation mark).
  const fiscalPath = doc.income.bySource.fiscal !== undefined ? '$.income.bySource.fiscal' : undefined;
  // A final account prints its carry-overs and their totals (财政拨款收入支出决算总表), with figures of their own.
  const final = doc.meta.phase === 'final';
  if (layout.allCategories || final) {
    rows.push({
      kind: 'subtotal',
      cells: ['本年收入合计', fiscalIncome, '本年支出合计', ...keys.map((k) => cell(ft, k))],
      paths: [undefined, fiscalPath, undefined, ...totalPaths],
    });
    const carry = doc.income.fiscalCarryover ?? {};
    const forward = doc.expenditure.fiscalCarryForward ?? {};
    // Their totals as published where the document gives them (a final account's), else added up (no path: no published figure).
    const whole = (of: Partial<Record<string, string>>, at: string) =>
      of.fiscal !== undefined ? { value: of.fiscal, path: `${at}.fiscal` } : { value: sumDefined(fiscal.map((s) => of[s])), path: undefined };
    const carried = whole(carry, '$.income.fiscalCarryover');
    const forwarded = whole(forward, '$.expenditure.fiscalCarryForward');
    rows.push({
      kind: 'heading',
      cells: ['年初财政拨款结转和结余', carried.value, '年末财政拨款结转和结余', forwarded.value, ...fiscal.map((s) => forward[s])],
      paths: [undefined, carried.path, undefined, forwarded.path, ...fiscal.map((s) => `$.expenditure.fiscalCarryForward.${s}`)],
    });
    fiscal.forEach((s, i) =>
      rows.push({
        kind: 'item',
        cells: [`${chineseOrdinal(i + 1)}、${SOURCE_LABELS[s]['zh-CN']}`, carry[s], undefined, undefined, undefined, undefined, undefined],
        paths: [undefined, `$.income.fiscalCarryover.${s}`, undefined, undefined, undefined, undefined, undefined],
      }),
    );
  }
  // 总计: a final account's include the carry-overs, and are figures of their own.
  const incomeTotal = final ? doc.income.fiscalTotal : fiscalIncome;
  const spentTotal = doc.expenditure.fiscalTotal ?? {};
  rows.push({
    kind: 'total',
    cells: ['收入总计', incomeTotal, '支出总计', ...keys.map((k) => (final ? spentTotal[k.slice('bySource.'.length) as SourceKey] : cell(ft, k)))],
    paths: [
      undefined,
      final ? '$.income.fiscalTotal' : fiscalPath,
      undefined,
      ...(final ? keys.map((k) => `$.expenditure.fiscalTotal.${k.slice('bySource.'.length)}`) : totalPaths),
    ],
  });
  return base(doc, layout, tableColumns(columns), rows);
}

export const fiscalSummary: TableSpec<'fiscalSummary'> = {
  kind: 'fiscalSummary',
  title: '部门财政拨款收支总表',
  englishTitle: 'Fiscal appropriations: income and expenditure summary',
  names: ['财政拨款收支总表'],
  titles: {
    precedence: 120,
    rules: [{ all: ['财政拨款收支'] }, { all: ['财政拨款收入支出', '总表'] }],
    wordings: { hebei: ['部门预算财政拨款收支总表'], shanghai: ['2025年部门财政拨款收支预算总表'], shanghaiFinal: ['财政拨款收入支出决算总表'] },
  },
  columns,
  derive: deriveFiscalSummary,
  nationalTemplate: true,
  numbered: true,
  // Its figures repeat the 收支总表's and the functional tables': derived, never read twice.
  // A final account's has figures of its own (the fiscal carry-overs and totals): import.ts reads those.
  import: { derived: true, readInFinal: true },
};
