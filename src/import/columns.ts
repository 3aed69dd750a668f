/**
 * The header of a published table: how many rows it takes (one, two or three levels, then perhaps a
 * 栏次 row of column numbers), what each column is called once the levels are joined, and which of the
 * columns a standard table needs are there.
 */
import { parseAmount, parseCode, type ImportIssue, type Location } from './cells.js';
import { isColumnKey, type ColumnKey } from '../model/columns.js';
import { tableSpec } from '../model/tables/index.js';
import type { ColumnSpec as SpecColumn } from '../model/tables/spec.js';
import type { Phase } from '../model/types.js';
import { compact } from './titles.js';

export type Cell = string | number | null | undefined;

export interface TableHeader {
  /** Rows the header takes, the 栏次 row included. */
  rows: number;
  /** Each column's label: its header texts from top to bottom, joined with "·" (merged cells repeat). */
  labels: string[];
  /** The table numbers its columns (a 栏次 row). */
  columnNumbers: boolean;
}

const text = (c: Cell) => (c === null || c === undefined ? '' : compact(String(c)));

function isColumnNumbers(row: Cell[]): boolean {
  const cells = row.map(text).filter((c) => c !== '');
  return cells.length > 1 && (cells[0] === '栏次' || cells.every((c, i) => c === String(i + 1) || (i === 0 && /^栏次$/.test(c))));
}

/** A row that holds data: an amount, or a classification code in its first cells. */
function isDataRow(row: Cell[]): boolean {
  const cells = row.map(text);
  if (cells.some((c, i) => i > 0 && c !== '' && /\d/.test(c) && parseAmount(c).ok)) return true;
  return cells.slice(0, 3).some((c) => /^\d{3}(\d{2}){0,2}$/.test(c) && parseCode([c]).ok);
}

/** Splits the header rows off the top of a table's rows (which start right after the title and unit lines). */
export function readHeader(rows: Cell[][]): TableHeader {
  let n = 0;
  let columnNumbers = false;
  while (n < rows.length && n < 4) {
    const row = rows[n]!;
    if (isColumnNumbers(row)) {
      columnNumbers = true;
      n++;
      break;
    }
    if (n > 0 && isDataRow(row)) break;
    n++;
  }
  const width = Math.max(0, ...rows.slice(0, n).map((r) => r.length));
  const headerRows = rows.slice(0, columnNumbers ? n - 1 : n).map((r) => Array.from({ length: width }, (_, c) => text(r[c])));
  // A spreadsheet keeps a merged header's text in its first cell only: an empty upper cell over a
  // labelled lower one continues the group on its left ("收入" over 项目 | 预算数).
  for (let h = 0; h < headerRows.length - 1; h++) {
    for (let c = 1; c < width; c++) {
      if (!headerRows[h]![c] && headerRows[h + 1]![c]) headerRows[h]![c] = headerRows[h]![c - 1]!;
    }
  }
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const t = row[c]!;
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    labels.push(parts.join('·'));
  }
  return { rows: n, labels, columnNumbers };
}

export interface ColumnSpec {
  /** The key the importer uses (an amounts key such as "byType.basic", or "code", "name"). */
  key: string;
  /** What to call it in the report. */
  label: string;
  /** Matches the joined header label. */
  match: RegExp;
  required?: boolean;
}

/** A column of a table kind's spec as the importer looks for it: by its pattern, reported by its label (both written once, in the spec). */
export function wantedColumn<K extends string>(c: SpecColumn<string>, key: K): ColumnSpec & { key: K } {
  return { key, label: c.label['zh-CN'], match: c.match!, ...(c.required ? { required: true } : {}) };
}

/**
 * The amount columns a kind's spec declares with a pattern, keyed by their column key of Amounts; with a
 * phase, only those its tables print (a final account's 年初结转和结余 is looked for in a 决算 only).
 */
export function amountColumns(kind: string, phase?: Phase): Array<ColumnSpec & { key: ColumnKey }> {
  return (tableSpec(kind)?.columns ?? []).flatMap((c) =>
    c.type === 'amount' && c.key && isColumnKey(c.key) && c.match && (!phase || !c.phase || c.phase === phase) ? [wantedColumn(c, c.key)] : [],
  );
}

/** The phase a table's title says: 决算 or 预算. */
export const phaseOfTitle = (title: string): Phase => (title.includes('决算') ? 'final' : 'budget');

/**
 * Finds each wanted column by its label. A label is tried whole first ("本年收入·小计"), then without its
 * upper header groups ("收入预算·合计" as "合计", "支出预算·基本支出" as "基本支出"), so that a column
 * keeps its meaning under whatever group heading a template puts over it; whole labels win. A required
 * column that is missing is an issue with the table's location; an optional one is simply absent (its
 * figures are then absent, never zero).
 */
export function mapColumns(labels: string[], specs: ColumnSpec[], location: Location): { index: Record<string, number>; issues: ImportIssue[] } {
  const index: Record<string, number> = {};
  const issues: ImportIssue[] = [];
  const taken = new Set<number>();
  const tails = labels.map((l) => {
    const parts = l.split('·');
    return parts.slice(1).map((_, i) => parts.slice(i + 1).join('·'));
  });
  const find = (spec: ColumnSpec, whole: boolean) =>
    labels.findIndex((l, j) => !taken.has(j) && (whole ? spec.match.test(l) : tails[j]!.some((t) => spec.match.test(t))));
  const missing: ColumnSpec[] = [];
  for (const spec of specs) {
    const i = find(spec, true);
    if (i >= 0) {
      index[spec.key] = i;
      taken.add(i);
    } else missing.push(spec);
  }
  for (const spec of missing) {
    const i = find(spec, false);
    if (i >= 0) {
      index[spec.key] = i;
      taken.add(i);
    } else if (spec.required) {
      issues.push({ code: 'table.missingColumn', location, text: spec.label, detail: labels.filter(Boolean).join(' | ') });
    }
  }
  return { index, issues };
}

/**
 * A joined header ("本年支出·预算数·基本支出·人员经费") as its label and the levels above it: the group, then the
 * subgroup (deeper levels joined). Levels that match `skip` are left out (a summary's 预算数 level).
 */
export function headerLevels(joined: string, skip?: RegExp): { label: string; group?: string; subgroup?: string } {
  const parts = joined.split('·').filter((p) => p && !skip?.test(p));
  const label = parts.pop() ?? joined;
  return { label, ...(parts[0] ? { group: parts[0] } : {}), ...(parts.length > 1 ? { subgroup: parts.slice(1).join('·') } : {}) };
}
