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

/**
 * A one-sided table with 上年数 | 增减 | 增减% after its columns, for the column of its 合计 (or its first
 * amount column): each row set against the other year's row of the same code (a row without one: of the
 * same name; the 合计 row: the other's 合计). The other year's figures are restated exactly in this
 * table's unit. Undefined for a two-sided table (收支总表: income beside expenditure) and a table of words.
 */
export function withYearColumns(table: StandardTable, other: StandardTable, labels: YearColumnLabels): YearColumns | undefined {
  if (tableSides(table)) return undefined;
  const col = primaryColumn(table);
  const otherCol = primaryColumn(other, table.columns[col]?.key);
  if (col < 0 || otherCol < 0) return undefined;
  const nameAt = (t: StandardTable) => t.columns.findIndex((c) => c.type === 'text');
  const nameOf = (t: StandardTable, r: TableRow) => squeeze(r.cells[nameAt(t)]);
  const keyOf = (t: StandardTable, r: TableRow) => (r.code ? `c:${r.code}` : r.kind === 'total' ? 'total' : `n:${nameOf(t, r)}`);
  const before = new Map<string, TableRow>();
  for (const r of other.rows) if (r.kind !== 'heading' && !before.has(keyOf(other, r))) before.set(keyOf(other, r), r);
  const used = new Set<string>();
  const out: YearColumns = { table, onlyOther: [], onlyCurrent: [], renamed: [] };
  const rows = table.rows.map((r): TableRow => {
    if (r.kind === 'heading') return { ...r, cells: [...r.cells, undefined, undefined, undefined], paths: [...r.paths, undefined, undefined, undefined] };
    const key = keyOf(table, r);
    const o = before.get(key);
    if (o) used.add(key);
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
    const key = keyOf(other, r);
    if (r.kind !== 'item' || used.has(key) || !(r.code || nameOf(other, r))) continue;
    const amount = r.cells[otherCol];
    out.onlyOther.push({
      ...(r.code ? { code: r.code } : {}),
      name: r.cells[nameAt(other)] ?? '',
      ...(amount ? { amount: restate(amount, other.unit, table.unit) } : {}),
    });
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

/** The column a year is compared by: 合计 (`total`, or the key asked for), else the first amount column. */
function primaryColumn(table: StandardTable, key = 'total'): number {
  const byKey = table.columns.findIndex((c) => c.type === 'amount' && c.key === key);
  return byKey >= 0 ? byKey : table.columns.findIndex((c) => c.type === 'amount');
}
