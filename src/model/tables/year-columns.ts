import { lineChange, restate } from '../compare.js';
import type { DecimalString } from '../types.js';
import { tableSides } from './sides.js';
import type { StandardTable, TableRow } from './spec.js';

/** The three columns a table gains beside another year's: that year's figure, the change, the change in per cent. */
export interface YearColumnLabels {
  other: string;
  change: string;
  percent: string;
}

export interface YearColumns {
  table: StandardTable;
  /** The other year's rows this year's table does not have (their name, code and figure, restated). */
  onlyOther: Array<{ code?: string; name: string; amount?: DecimalString }>;
  /** This year's rows the other year's table does not have. */
  onlyCurrent: Array<{ code?: string; name: string }>;
  /** Rows matched by code whose names differ. */
  renamed: Array<{ code: string; name: string; otherName: string }>;
}

const squeeze = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');

/** Why two years' tables are not compared row by row. */
export type NoYearColumns = 'twoSided' | 'layout' | 'wide';

/** The name a row is matched by: its words without spaces or a year ("2024年“三公”经费预算数" is the 2023 row's too). */
const rowName = (s: string | undefined) => squeeze(s).replace(/\d{4}年度?/g, '');

/** Amount columns that count things, not money: never restated, never compared. */
const COUNTS = new Set(['quantity']);

/**
 * A one-sided table with 上年数 | 增减 | 增减% after its columns, for the column of its 合计 (or its value, or its
 * first money column): each row set against the other year's row of the same code (a row without one: of the
 * same name, the year in it left aside; the 合计 row: the other's 合计), each of the other year's rows used
 * once. The other year's figures are restated exactly in this table's unit. Not for a two-sided table (收支总表:
 * income beside expenditure), nor where the other year's table is laid out otherwise (no names, not the same
 * money column): those are said, not guessed.
 */
export function withYearColumns(table: StandardTable, other: StandardTable, labels: YearColumnLabels): YearColumns | NoYearColumns {
  if (tableSides(table) || tableSides(other)) return 'twoSided';
  // One row whose columns are the items (the Shanghai “三公”经费和机关运行经费预算表): no row to set beside another.
  if (table.columns.every((c) => c.type === 'amount') && table.rows.length <= 1) return 'wide';
  const col = primaryColumn(table);
  const key = table.columns[col]?.key;
  const otherCol = other.columns.findIndex((c) => c.type === 'amount' && c.key === key);
  const nameAt = (t: StandardTable) => t.columns.findIndex((c) => c.type === 'text');
  if (col < 0 || key === undefined || otherCol < 0 || nameAt(table) < 0 || nameAt(other) < 0) return 'layout';
  const nameOf = (t: StandardTable, r: TableRow) => rowName(r.cells[nameAt(t)]);
  const keyOf = (t: StandardTable, r: TableRow) => (r.code ? `c:${r.code}` : r.kind === 'total' ? 'total' : `n:${nameOf(t, r)}`);
  // The other year's rows by key, in order: a name printed twice (其他) is matched once each, in turn.
  const before = new Map<string, TableRow[]>();
  for (const r of other.rows) if (r.kind !== 'heading') before.set(keyOf(other, r), [...(before.get(keyOf(other, r)) ?? []), r]);
  const used = new Set<TableRow>();
  const out: YearColumns = { table, onlyOther: [], onlyCurrent: [], renamed: [] };
  const rows = table.rows.map((r): TableRow => {
    if (r.kind === 'heading') return { ...r, cells: [...r.cells, undefined, undefined, undefined], paths: [...r.paths, undefined, undefined, undefined] };
    const o = before.get(keyOf(table, r))?.find((x) => !used.has(x));
    if (o) used.add(o);
    else if (r.kind === 'item' && (r.code || nameOf(table, r)))
      out.onlyCurrent.push({ ...(r.code ? { code: r.code } : {}), name: r.cells[nameAt(table)] ?? '' });
    if (o && r.code && nameOf(table, r) !== nameOf(other, o))
      out.renamed.push({ code: r.code, name: r.cells[nameAt(table)] ?? '', otherName: o.cells[nameAt(other)] ?? '' });
    const then = o?.cells[otherCol];
    const c = lineChange(r.cells[col] || undefined, then ? restate(then, other.unit, table.unit) : undefined);
    const pct = c.percent !== undefined ? `${Number(c.percent) > 0 ? '+' : ''}${c.percent}%` : undefined;
    return { ...r, cells: [...r.cells, c.previous, c.change, pct], paths: [...r.paths, undefined, undefined, undefined] };
  });
  for (const r of other.rows) {
    // A row the other year prints empty is not a line that went away.
    const amount = r.cells[otherCol];
    if (r.kind !== 'item' || used.has(r) || !amount || !(r.code || nameOf(other, r))) continue;
    out.onlyOther.push({ ...(r.code ? { code: r.code } : {}), name: r.cells[nameAt(other)] ?? '', amount: restate(amount, other.unit, table.unit) });
  }
  out.table = {
    ...table,
    columns: [
      ...table.columns,
      { label: labels.other, type: 'amount', key: 'compare.other' },
      { label: labels.change, type: 'amount', key: 'compare.change' },
      { label: labels.percent, type: 'text', key: 'compare.percent' },
    ],
    rows,
  };
  return out;
}

/** The money column a year is compared by: 合计 (`total`), else a value, else the first amount column that is money. */
function primaryColumn(table: StandardTable): number {
  const money = (i: number) => table.columns[i]!.type === 'amount' && !COUNTS.has(table.columns[i]!.key ?? '');
  for (const key of ['total', 'value', 'amount']) {
    const i = table.columns.findIndex((c, j) => c.key === key && money(j));
    if (i >= 0) return i;
  }
  return table.columns.findIndex((_, j) => money(j));
}
