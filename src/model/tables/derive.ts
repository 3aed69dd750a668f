/**
 * What the builders of the standard tables share: the table around the rows (title, unit, note from the
 * layout), the rows of the functional classification, the 类 rows of the summary tables, and the
 * columns a spec declares.
 */
import { chineseOrdinal, FUNCTIONAL_CATEGORIES_2024 } from '../categories.js';
import { publishedDecimals, sum } from '../money.js';
import { cell, type ColumnKey } from '../columns.js';
import type { Amounts, AmountUnit, BudgetDocument, Phase, SourceKey, TableLayout } from '../types.js';
import type { ColumnSpec, StandardTable, TableColumn, TableRow } from './spec.js';

/**
 * The amount columns the layout says the table prints (`layout.columns`), with their printed labels and
 * upper headers; the others are left out. A layout that names none of the kind's amount columns changes nothing.
 */
function printed(layout: TableLayout, columns: TableColumn[], rows: TableRow[]): { columns: TableColumn[]; rows: TableRow[] } {
  const list = layout.columns;
  if (!list?.length) return { columns, rows };
  const byKey = new Map(list.map((c) => [c.key, c]));
  const keep = columns.map((c) => c.type !== 'amount' || (c.key !== undefined && byKey.has(c.key)));
  if (!columns.some((c, i) => keep[i] && c.type === 'amount')) return { columns, rows };
  const picked = keepColumns(columns, rows, keep);
  // The amount columns in the order the table prints them (a 决算's 收入决算表 prints 上级补助收入 before 事业收入).
  const rank = (c: TableColumn) => (c.type === 'amount' && c.key !== undefined ? list.findIndex((p) => p.key === c.key) : -1);
  const slots = picked.columns.map((c, i) => (c.type === 'amount' ? i : -1)).filter((i) => i >= 0);
  const sorted = [...slots].sort((a, b) => rank(picked.columns[a]!) - rank(picked.columns[b]!));
  const order = picked.columns.map((_, i) => (slots.includes(i) ? sorted[slots.indexOf(i)]! : i));
  const kept = {
    columns: order.map((i) => picked.columns[i]!),
    rows: picked.rows.map((r) => ({ ...r, cells: order.map((i) => r.cells[i]), paths: order.map((i) => r.paths[i]) })),
  };
  const shown = kept.columns.map((c) => {
    const p = c.type === 'amount' && c.key !== undefined ? byKey.get(c.key) : undefined;
    if (!p) return c;
    const { group: _g, subgroup: _s, ...rest } = c;
    return { ...rest, ...(p.label ? { label: p.label } : { label: c.label }), ...(p.group ? { group: p.group } : {}) };
  });
  return { columns: shown, rows: kept.rows };
}

/** The columns marked in `keep`, with the cells and paths of every row under them. */
function keepColumns(columns: TableColumn[], rows: TableRow[], keep: readonly boolean[]): { columns: TableColumn[]; rows: TableRow[] } {
  const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
  return { columns: pick(columns), rows: rows.map((r) => ({ ...r, cells: pick(r.cells), paths: pick(r.paths) })) };
}

/** The table around its rows, as the layout says (title, number, unit, note, 序号 and 栏次, the columns it prints, where its 合计 stands). */
export function base(doc: BudgetDocument, layout: TableLayout, allColumns: TableColumn[], allRows: TableRow[], unit?: AmountUnit): StandardTable {
  // A table that prints its 合计 after the items (totalLast) has it there.
  const ordered = layout.totalLast ? [...allRows.filter((r) => r.kind !== 'total'), ...allRows.filter((r) => r.kind === 'total')] : allRows;
  const kept = printed(layout, allColumns, ordered);
  const { rows } = kept;
  // Headers printed for every column (the summaries'), each in its place.
  const headers = layout.headers;
  const columns =
    headers?.length === kept.columns.length
      ? kept.columns.map((c, i) => {
          const { group: _g, subgroup: _s, ...rest } = c;
          const h = headers[i]!;
          return { ...rest, label: h.label, ...(h.group ? { group: h.group } : {}), ...(h.subgroup ? { subgroup: h.subgroup } : {}) };
        })
      : kept.columns;
  const t: StandardTable = {
    kind: layout.kind,
    title: layout.title,
    unit: layout.unit ?? unit ?? doc.meta.unit,
    serial: layout.serial ?? false,
    columnNumbers: layout.columnNumbers ?? false,
    allCategories: layout.allCategories ?? false,
    columns,
    rows,
  };
  if (layout.number !== undefined) t.number = layout.number;
  if (layout.note !== undefined) t.note = layout.note;
  return t;
}

/**
 * A table of words prints the columns it has something in: the columns of `keep` always, the others only
 * where a row has a cell there (a Shanghai 机构设置 lists names and notes, a Hebei one nature, rank and funding).
 */
export function withData(columns: TableColumn[], rows: TableRow[], keep: readonly string[]): { columns: TableColumn[]; rows: TableRow[] } {
  const shown = columns.map((c, i) => (c.key !== undefined && keep.includes(c.key)) || rows.some((r) => r.cells[i] !== undefined && r.cells[i] !== ''));
  return keepColumns(columns, rows, shown);
}

/** A spec's columns as the derived table's (labels as published, in Chinese). */
export function tableColumns(specs: readonly ColumnSpec<string>[]): TableColumn[] {
  return specs.map((c) => {
    const col: TableColumn = { label: c.label['zh-CN'], type: c.type };
    if (c.group) col.group = c.group['zh-CN'];
    if (c.subgroup) col.subgroup = c.subgroup['zh-CN'];
    if (c.key) col.key = c.key;
    return col;
  });
}

/** The amounts keys of a spec's amount columns, in order. */
export const amountKeys = (specs: readonly ColumnSpec[]) => specs.filter((c) => c.type === 'amount').map((c) => c.key!);

const FUNCTIONAL_GROUP = { 'zh-CN': '功能分类科目', en: 'Functional classification' };

/** 科目编码 | 科目名称 of the functional tables. */
export const FUNCTIONAL_CODE_COLUMNS: ColumnSpec[] = [
  { type: 'code', label: { 'zh-CN': '科目编码', en: 'Code' }, group: FUNCTIONAL_GROUP, match: /编码|代码/, required: true },
  { type: 'text', label: { 'zh-CN': '科目名称', en: 'Item' }, group: FUNCTIONAL_GROUP, match: /名称|^功能分类科目$|项目$/, required: true },
];

/** 合计 | 基本支出 | 项目支出 of one fund's expenditure table; a final account's prints its carry-overs and income around them. */
export function fundColumns(source: SourceKey): ColumnSpec[] {
  return [
    ...FUNCTIONAL_CODE_COLUMNS,
    {
      key: `balance.${source}.opening`,
      type: 'amount',
      label: { 'zh-CN': '年初结转和结余', en: 'Balance brought forward' },
      match: /年初结转/,
      phase: 'final',
    },
    { key: `balance.${source}.income`, type: 'amount', label: { 'zh-CN': '本年收入', en: 'Income this year' }, match: /^本年收入$/, phase: 'final' },
    {
      key: `bySource.${source}`,
      type: 'amount',
      label: { 'zh-CN': '合计', en: 'Total' },
      // A final account's 本年支出 prints 小计 or 合计 over 基本支出 | 项目支出.
      match: /(?:总计|合计)$|本年支出·小计$/,
      required: true,
    },
    {
      key: `bySourceType.${source}.basic`,
      type: 'amount',
      label: { 'zh-CN': '基本支出', en: 'Basic expenditure' },
      match: /基本支出/,
      required: true,
    },
    {
      key: `bySourceType.${source}.project`,
      type: 'amount',
      label: { 'zh-CN': '项目支出', en: 'Project expenditure' },
      match: /项目支出/,
      required: true,
    },
    {
      key: `balance.${source}.closing`,
      type: 'amount',
      label: { 'zh-CN': '年末结转和结余', en: 'Balance carried forward' },
      match: /年末结转/,
      phase: 'final',
    },
  ];
}

export type CategoryRow = {
  code?: string;
  name: string;
  amounts?: Amounts;
  index?: number;
  label?: string;
  /** The line's figures as printed, where the layout keeps them apart from its 类's (since 1.3.0), and where in `categories`. */
  printed?: Amounts;
  printedAt?: number;
};

/**
 * 类 rows of a summary table: the lines the layout says it prints (`layout.categories`, with their printed
 * labels), else every 类 of the classification (`allCategories`), else the published ones. A published 类
 * that the list lacks is never dropped.
 */
export function categoryRows(doc: BudgetDocument, layout: TableLayout): CategoryRow[] {
  const published: CategoryRow[] = doc.expenditure.functional.map((f, index) => ({ ...f, index })).filter((f) => f.code.length === 3);
  const listed = layout.categories?.length
    ? layout.categories.map((c, j) => ({
        ...(published.find((p) => p.code === c.code) ?? { code: c.code, name: c.label }),
        label: c.label,
        ...(c.amounts ? { printed: c.amounts, printedAt: j } : {}),
      }))
    : layout.allCategories
      ? FUNCTIONAL_CATEGORIES_2024.map((c) => published.find((p) => p.code === c.code) ?? c)
      : published;
  const rows: CategoryRow[] = [...listed];
  for (const p of published) if (!rows.some((r) => r.code === p.code)) rows.push(p);
  return rows;
}

/** A 类 row's label: as printed, else its number in the list and its name ("三、卫生健康支出"). */
export const categoryLabel = (row: CategoryRow, i: number): string => row.label ?? `${chineseOrdinal(i + 1)}、${row.name}`;

/** A 类 line's figure in a column, and its JSON path: as printed where the layout keeps the line's own figure, else its 类's. */
export function categoryCell(doc: BudgetDocument, layout: TableLayout, cat: CategoryRow | undefined, key: ColumnKey): { value?: string; path?: string } {
  if (!cat) return {};
  const own = cat.printed ? cell(cat.printed, key) : undefined;
  if (own !== undefined) {
    const t = doc.tables?.indexOf(layout) ?? -1;
    return { value: own, ...(t >= 0 ? { path: `$.tables[${t}].categories[${cat.printedAt}].amounts.${key}` } : {}) };
  }
  const value = cat.amounts ? cell(cat.amounts, key) : undefined;
  const path = fPath(cat.index, key);
  return { ...(value !== undefined ? { value } : {}), ...(path ? { path } : {}) };
}

export const fPath = (i: number | undefined, key: ColumnKey) => (i === undefined ? undefined : `$.expenditure.functional[${i}].amounts.${key}`);

/**
 * The rows by functional code a table shows: expenditure's (every functional table of a budget), or a final
 * account's income by code (its 收入决算表, `income.functional`), which differs from what was spent.
 */
export type FunctionalDimension = 'expenditure' | 'income';

/** The 合计 row, then every functional item (that passes `filter`), with the amounts of `keys`. */
export function functionalRows(
  doc: BudgetDocument,
  keys: readonly ColumnKey[],
  filter?: (a: Amounts) => boolean,
  dimension: FunctionalDimension = 'expenditure',
): TableRow[] {
  const of = dimension === 'income' && doc.income.functional ? doc.income : doc.expenditure;
  const at = of === doc.income ? '$.income' : '$.expenditure';
  const total = of.functionalTotal ?? {};
  const rows: TableRow[] = [
    {
      kind: 'total',
      cells: [undefined, '合计', ...keys.map((k) => cell(total, k))],
      paths: [undefined, undefined, ...keys.map((k) => `${at}.functionalTotal.${k}`)],
    },
  ];
  (of.functional ?? []).forEach((f, i) => {
    if (filter && !filter(f.amounts)) return;
    rows.push({
      kind: 'item',
      code: f.code,
      level: (f.code.length - 1) / 2,
      cells: [f.code, f.name, ...keys.map((k) => cell(f.amounts, k))],
      paths: [undefined, undefined, ...keys.map((k) => `${at}.functional[${i}].amounts.${k}`)],
    });
  });
  return rows;
}

/** A functional table: the spec's columns (those of the document's phase) over the 合计 row and the items. */
export function functionalTable(doc: BudgetDocument, layout: TableLayout, columns: readonly ColumnSpec[], dimension?: FunctionalDimension): StandardTable {
  const shown = ofPhase(columns, doc.meta.phase);
  return base(doc, layout, tableColumns(shown), functionalRows(doc, amountKeys(shown), undefined, dimension));
}

/** The columns a table of a phase prints: a column of one phase only (a 决算's 年初结转和结余) is left out of the other's. */
export const ofPhase = <C extends string>(columns: readonly ColumnSpec<C>[], phase: Phase): ColumnSpec<C>[] =>
  columns.filter((c) => c.phase === undefined || c.phase === phase);

/** One fund's expenditure by function, basic/project (一般公共预算 / 政府性基金 / 国有资本经营). */
export function fundExpenditureTable(doc: BudgetDocument, layout: TableLayout, all: readonly ColumnSpec[]): StandardTable {
  const columns = ofPhase(all, doc.meta.phase);
  const keys = amountKeys(columns);
  const has = (a: Amounts) => keys.some((k) => cell(a, k) !== undefined);
  const rows = functionalRows(doc, keys, has);
  // An empty table is published with its note only (空表列示).
  const body = rows.length > 1 || has(doc.expenditure.functionalTotal ?? {}) ? rows : [];
  return base(doc, layout, tableColumns(columns), body);
}

/** Sum of the published cells, or an empty cell when none is published. */
export function sumDefined(values: Array<string | undefined>): string | undefined {
  const defined = values.filter((v): v is string => v !== undefined);
  return defined.length ? sum(defined).toFixed(Math.max(...defined.map(publishedDecimals))) : undefined;
}
