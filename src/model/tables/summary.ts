import { SOURCE_LABELS } from '../labels.js';
import { chineseOrdinal } from '../categories.js';
import { FISCAL_SOURCES, type BudgetDocument, type Phase, type SourceKey, type TableLayout } from '../types.js';
import { base, categoryCell, categoryLabel, categoryRows, tableColumns } from './derive.js';
import { cell, parseColumnKey, type ColumnKey } from '../columns.js';
import type { ColumnSpec, StandardTable, TableColumn, TableRow, TableSpec } from './spec.js';

/** The income lines of a 收支总表 whose layout does not list its own (the Hebei template's). */
export const DEFAULT_INCOME_LINES: readonly SourceKey[] = [...FISCAL_SOURCES, 'specialAccount', 'unitFunds'];

const INCOME = { 'zh-CN': '收入', en: 'Income' };
const EXPENDITURE = { 'zh-CN': '支出', en: 'Expenditure' };
const ITEM = { 'zh-CN': '项目', en: 'Item' };
const FIGURE: Record<Phase, { 'zh-CN': string; en: string }> = {
  budget: { 'zh-CN': '预算数', en: 'Budget' },
  final: { 'zh-CN': '决算数', en: 'Final account' },
};

/** The columns of a 收支总表: the figures are 预算数 in a budget, 决算数 in a final account. */
export function summaryColumns(phase: Phase): ColumnSpec[] {
  return [
    { type: 'text', label: ITEM, group: INCOME },
    { type: 'amount', label: FIGURE[phase], group: INCOME },
    { type: 'text', label: ITEM, group: EXPENDITURE },
    { type: 'amount', label: FIGURE[phase], group: EXPENDITURE },
  ];
}

/** The labels of the income lines: as printed where the layout gives them, else numbered as the kit numbers them. */
export function incomeLineLabels(lines: readonly SourceKey[], printed?: readonly string[]): string[] {
  let top = 0;
  let sub = 0;
  return lines.map((src, i) => {
    const label = SOURCE_LABELS[src]['zh-CN'];
    // Leaf fiscal sources printed with a 财政拨款 line are its numbered sub-lines (Shanghai layout).
    const underFiscal = lines.includes('fiscal') && FISCAL_SOURCES.includes(src);
    const own = underFiscal ? `${++sub}. ${label}` : `${chineseOrdinal(++top)}、${label}`;
    return printed?.[i] || own;
  });
}

/**
 * The expenditure side's amount columns: 预算数 (决算数), or those the layout says the table prints (a unit
 * budget's 合计 | 基本支出 人员经费 | 公用经费 | 项目支出), keyed by the 类 lines' amounts.
 */
function expenditureColumns(layout: TableLayout, phase: Phase): Array<{ key: ColumnKey; column: TableColumn }> {
  const listed = (layout.expenditureColumns ?? []).filter((c) => parseColumnKey(c.key) !== undefined);
  if (!listed.length) return [{ key: 'total', column: { type: 'amount', label: FIGURE[phase]['zh-CN'], group: EXPENDITURE['zh-CN'] } }];
  return listed.map((c) => ({
    key: c.key as ColumnKey,
    column: {
      type: 'amount',
      key: c.key,
      label: c.label ?? c.key,
      group: c.group ?? EXPENDITURE['zh-CN'],
      ...(c.subgroup ? { subgroup: c.subgroup } : {}),
    },
  }));
}

/** 收支总表: income lines beside expenditure by 类, then the totals. */
export function deriveSummary(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const lines = layout.incomeLines ?? DEFAULT_INCOME_LINES;
  const inc = doc.income;
  const exp = doc.expenditure;
  const cats = categoryRows(doc, layout);
  const incomeLabels = incomeLineLabels(lines, layout.incomeLabels);
  const exps = expenditureColumns(layout, doc.meta.phase);
  const ft = exp.functionalTotal ?? {};
  // Only the first column of the expenditure side holds a figure on the lines that are not 类 (合计 rows, 结转).
  const rest = <T>(v: T) => [v, ...exps.slice(1).map(() => undefined)];
  const n = Math.max(lines.length, cats.length);
  const rows: TableRow[] = [];
  for (let i = 0; i < n; i++) {
    const src = lines[i];
    const cat = cats[i];
    rows.push({
      kind: 'item',
      cells: [
        src ? incomeLabels[i] : undefined,
        src ? inc.bySource[src] : undefined,
        cat ? categoryLabel(cat, i) : undefined,
        ...exps.map((c) => categoryCell(doc, layout, cat, c.key).value),
      ],
      paths: [undefined, src ? `$.income.bySource.${src}` : undefined, undefined, ...exps.map((c) => categoryCell(doc, layout, cat, c.key).path)],
    });
  }
  const hasCurrent = inc.bySource.currentYear !== undefined || exp.currentYear !== undefined;
  if (hasCurrent) {
    rows.push({
      kind: 'subtotal',
      cells: ['本年收入合计', inc.bySource.currentYear, '本年支出合计', ...rest(exp.currentYear)],
      paths: [undefined, '$.income.bySource.currentYear', undefined, ...rest('$.expenditure.currentYear')],
    });
    // A final account's 收入支出决算总表: 使用非财政拨款结余 beside 结余分配, then the carry-overs by their names there.
    const final = doc.meta.phase === 'final';
    if (final)
      rows.push({
        kind: 'item',
        cells: ['使用非财政拨款结余（含专用结余）', inc.nonFiscalBalanceUsed, '结余分配', ...rest(exp.balanceDistribution)],
        paths: [undefined, '$.income.nonFiscalBalanceUsed', undefined, ...rest('$.expenditure.balanceDistribution')],
      });
    rows.push({
      kind: 'item',
      cells: [final ? '年初结转和结余' : '上年结转结余', inc.bySource.carryover, final ? '年末结转和结余' : '年终结转结余', ...rest(exp.carryForward)],
      paths: [undefined, '$.income.bySource.carryover', undefined, ...rest('$.expenditure.carryForward')],
    });
  }
  // 支出总计: the total, and in further columns the functional tables' 合计 split the same way.
  rows.push({
    kind: 'total',
    cells: ['收入总计', inc.total, '支出总计', exp.total, ...exps.slice(1).map((c) => cell(ft, c.key))],
    paths: [undefined, '$.income.total', undefined, '$.expenditure.total', ...exps.slice(1).map((c) => `$.expenditure.functionalTotal.${c.key}`)],
  });
  // The expenditure side's name column sits under the same upper header as its figures (本年支出).
  const [incomeName, incomeFigure, expenditureName] = tableColumns(summaryColumns(doc.meta.phase));
  const expName = { ...expenditureName!, group: exps[0]!.column.group ?? expenditureName!.group! };
  return base(doc, layout, [incomeName!, incomeFigure!, expName, ...exps.map((c) => c.column)], rows);
}

export const summary: TableSpec<'summary'> = {
  kind: 'summary',
  title: '部门收支总表',
  englishTitle: 'Income and expenditure summary',
  names: ['收支总表'],
  titles: {
    precedence: 140,
    rules: [{ all: ['收支', '总表'] }, { all: ['收入支出', '决算总表'] }],
    wordings: { hebei: ['部门预算收支总表'], shanghai: ['2025年部门财务收支预算总表'], shanghaiFinal: ['收入支出决算总表'] },
  },
  columns: summaryColumns('budget'),
  derive: deriveSummary,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'summary' },
};
