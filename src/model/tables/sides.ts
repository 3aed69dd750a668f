import type { StandardTable, TableRow } from './spec.js';

/** One side of a two-sided table: its upper header (收入, 本年支出 …) and the table of its columns. */
export interface TableSide {
  heading: string;
  /** The index of its first column in the whole table. */
  from: number;
  table: StandardTable;
}

/**
 * A two-sided table (收支总表, 财政拨款收支总表: income lines beside expenditure lines, one printed row
 * holding one of each) as its sides, each a table of its own: a side runs from a name column to the next
 * name column under another upper header. A row of a side is kept where it has something on that side,
 * so a card on a phone never pairs an income line with an unrelated expenditure line. Undefined for a
 * table of one side.
 */
export function tableSides(table: StandardTable): TableSide[] | undefined {
  const starts = table.columns
    .map((c, i) => (c.type === 'text' && c.group !== undefined && (i === 0 || table.columns[i - 1]!.group !== c.group) ? i : -1))
    .filter((i) => i >= 0);
  if (starts.length < 2 || starts[0] !== 0) return undefined;
  return starts.map((from, k) => {
    const to = starts[k + 1] ?? table.columns.length;
    const pick = <T>(xs: T[]) => xs.slice(from, to);
    const rows: TableRow[] = table.rows
      .map((r) => ({ ...r, cells: pick(r.cells), paths: pick(r.paths) }))
      .filter((r) => r.cells.some((c) => c !== undefined && c !== ''));
    const columns = pick(table.columns).map(({ group: _g, ...c }) => c);
    return { heading: table.columns[from]!.group!, from, table: { ...table, columns, rows } };
  });
}
