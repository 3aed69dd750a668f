import type { Lang } from './messages.js';
import type { StandardTable } from './tables.js';
import { isUnitDocument } from './document-parts.js';
import type { Meta } from './types.js';
import { VOCABULARY } from './vocabulary.js';

/** One cell of an exported table: its text as published; `numeric` for amounts and serial numbers. */
export interface GridCell {
  text: string;
  numeric?: boolean;
  /** A header or title cell (bold in a workbook). */
  header?: boolean;
}

export type Grid = Array<Array<GridCell | undefined>>;

/**
 * The 截止时间 line of a table whose figures stand at a date (固定资产占用情况表), as the grid and
 * `<budget-table>` write it. (The other words around a table are in vocabulary.ts.)
 */
export const AS_OF: Record<Lang, (date: string) => string> = {
  'zh-CN': (d) => `截止时间：${d}`,
  en: (d) => `As of: ${d}`,
};

/** A table of words only (机构设置): it has no unit line. */
export const hasAmounts = (table: StandardTable): boolean => table.columns.some((c) => c.type === 'amount');

/**
 * A standard table as the rows of a spreadsheet, the same for CSV and XLSX: the title, the department and
 * year line (given the document's `meta`), the unit line (beside the 截止时间 where the table has one; none
 * for a table of words), one header row (upper headers joined to their column as "收入·预算数"), then every
 * row as published, empty cells left empty (never 0) and amounts as their exact decimal strings.
 */
export function tableGrid(table: StandardTable, lang: Lang = 'zh-CN', meta?: Meta): Grid {
  const t = VOCABULARY[lang];
  // The lines the published table has above it: department and year, then the unit.
  const lines: Grid = meta
    ? [
        [
          { text: (isUnitDocument(meta) ? t.unitDepartment : t.department)(`${meta.department.code ?? ''}${meta.department.name}`) },
          { text: meta.phase === 'final' ? t.finalYear(meta.fiscalYear) : t.budgetYear(meta.fiscalYear) },
        ],
      ]
    : [];
  const head: GridCell[] = [
    ...(table.serial ? [{ text: t.serial, header: true }] : []),
    ...table.columns.map((c) => ({ text: [c.group, c.subgroup, c.label].filter(Boolean).join('·'), header: true })),
  ];
  const rows = table.rows.map((r, i) => [
    ...(table.serial ? [{ text: String(i + 1), numeric: true }] : []),
    ...r.cells.map((v, j) => (v === undefined ? undefined : { text: v, numeric: table.columns[j]!.type === 'amount' })),
  ]);
  // The date shares the unit's line: the importer takes a line of two cells with 单位 in it as a line, not the header.
  const unitLine: GridCell[] = [...(table.asOf ? [{ text: AS_OF[lang](table.asOf) }] : []), ...(hasAmounts(table) ? [{ text: t.unit(table.unit) }] : [])];
  const grid: Grid = [[{ text: table.title, header: true }], ...lines, ...(unitLine.length ? [unitLine] : []), head, ...rows];
  if (table.note) grid.push([{ text: `${t.note}${table.note}` }]);
  return grid;
}

/** A file or sheet name for a table: its number and title, without characters file systems or Excel refuse. */
export function tableFileName(table: StandardTable, index: number): string {
  const n = String(table.number ?? index + 1).padStart(2, '0');
  return `${n}-${table.title}`.replace(/[\\/:*?"<>|[\]\u0000-\u001f]/g, '_');
}
