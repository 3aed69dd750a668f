/**
 * From a document's blocks (a .docx body, or the rows of each .xlsx sheet) to the tables it publishes:
 * each recognised by its title, with the lines around it (unit, department, year), its header and body
 * rows, and its note. What is not recognised is reported with where it is, never dropped silently.
 */
import { tableSpec } from '../model/tables/index.js';
import type { AmountUnit } from '../model/types.js';
import { decimalsOf, parseAmount, parseCode, parseUnitLine, totalWord, type ImportIssue, type Location, type RowPlace } from './cells.js';
import { readHeader, type Cell, type TableHeader } from './columns.js';
import type { Block } from './docx.js';
import { compact, recognizeTitle, type ImportKind } from './titles.js';

export interface ExtractedTable {
  kind: ImportKind;
  title: string;
  year?: number;
  number?: number;
  unit?: AmountUnit;
  /** 编制部门 / 编制单位 line, when the table has one. */
  department?: string;
  header: TableHeader;
  /** The rows after the header, as published (trailing empty rows dropped). */
  body: string[][];
  /**
   * Every row from the top of the table, header included, with the rows of the tables that continue it
   * (a project performance table printed as two Word tables: its facts, then its indicators).
   */
  raw: string[][];
  /** 截止时间 / 截止日期 line (the fixed-asset table's date), as YYYY-MM-DD. */
  asOf?: string;
  /** Row number (1-based, in the source table or sheet) of the first body row, for locations. */
  firstBodyRow: number;
  note?: string;
  location: Location;
  /** Body cells ("row,column", 0-based in `body`) whose figure went into the JSON: what the report counts as read. */
  read: Set<string>;
  /** Where a PDF prints each row of `raw`. */
  rowPlaces?: RowPlace[];
  /** Rows of the source table above `raw` (line rows read as the table's unit, year …): `raw[i]` is row `rawOffset + i + 1`. */
  rawOffset?: number;
  /** Where a document of blocks (.docx, PDF) prints the table: the index of its title's block. */
  block?: number;
  /** Forms (project performance tables): how many the table holds, how many were read whole, how many in part. */
  forms?: { present: number; read: number; partial: number };
}

/** A workbook sheet of words (主要职能, 机构设置, 名词解释, 编制说明, 情况说明 …): the written part of a disclosure. */
export interface TextSheet {
  sheet: string;
  /** Its first line (the section's title). */
  title: string;
  /** Its other lines, one paragraph each, in order. */
  paragraphs: string[];
}

/** A sheet as the importer gets it: its rows, and what the sheet reader does not say (from xlsx-decimals.ts). */
export interface SheetInput {
  sheet: string;
  data: Cell[][];
  hidden?: boolean;
  hiddenRows?: number[];
  formulasWithoutValue?: string[];
}

export interface Extraction {
  tables: ExtractedTable[];
  issues: ImportIssue[];
  /** The written sheets of a workbook, and its cover's lines (封面). */
  texts?: TextSheet[];
  cover?: string[];
  /** Indexes of the .docx blocks that belong to a table (title, lines, rows, notes): not narrative. */
  consumed: Set<number>;
}

const cellText = (c: Cell) => (c === null || c === undefined ? '' : String(c).trim());
const isEmptyRow = (row: Cell[]) => row.every((c) => cellText(c) === '');

/** A department written alone on a line, code first, as the Hebei tables print it ("202保定市徐水区行政审批局"). */
const BARE_DEPARTMENT = /^(\d{3,})(?!年)\s*([^\s:：\d年][^\s:：]*)$/;

/** Lines between a title and its table: unit, department, year, date. */
export function readLines(lines: string[], into: Partial<ExtractedTable>): void {
  for (const line of lines) {
    const unit = parseUnitLine(line);
    if (unit) into.unit = unit;
    // A blank 编制部门： before the next field ("编制部门： 单位：元") names no department.
    const dept = /(?:编制(?:部门|单位)|预算(?:主管部门|单位))[:：]\s*(?!单位[:：]|(?:预算)?年度[:：])([^\s　]+)/.exec(line);
    if (dept) into.department = dept[1]!;
    for (const part of line.split(/[\s　]+/)) {
      const bare = BARE_DEPARTMENT.exec(part);
      if (bare && !into.department) into.department = `${bare[1]}${bare[2]}`;
    }
    const year = /(?:预算)?年度[:：]\s*(\d{4})/.exec(line);
    if (year && !into.year) into.year = Number(year[1]);
    const date = /截止(?:时间|日期)[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(line);
    if (date) into.asOf = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  }
}

/** A first row that is not the header but one of the table's lines (unit, department, year, date). */
function isLineRow(row: Cell[]): boolean {
  // A line merged across the table's width repeats its text in every cell it covers: count it once.
  const cells = [...new Set(row.map(cellText).filter(Boolean))];
  if (cells.length === 0 || cells.length > 4) return false;
  return cells.every((c) => parseUnitLine(c) !== undefined || /编制(?:部门|单位)|预算年度|截止(?:时间|日期)/.test(c) || BARE_DEPARTMENT.test(compact(c)));
}

/** Forms in words rather than tables of figures (the specs that say `form`): they need no unit line, and they are not table layouts of the JSON. */
export const isForm = (kind: string): boolean => tableSpec(kind)?.form === true;

function finish(
  t: Partial<ExtractedTable> & { kind: ImportKind; title: string },
  rows: Cell[][],
  rowOffset: number,
  issues: ImportIssue[],
  lostZeros = false,
): ExtractedTable {
  const header = readHeader(rows);
  const rest = rows.slice(header.rows);
  while (rest.length && isEmptyRow(rest[rest.length - 1]!)) rest.pop();
  // Rows keep their places (an empty row in the middle stays), so locations count as the source does. A
  // workbook keeps a 款 or 项 typed as a number without its zero (2 for 02): such a cell reads as its two digits.
  const partColumn = header.labels.map((l) => /(?:^|·)(?:款|项)$/.test(compact(l)));
  // A PDF printed from such a workbook shows the digit alone ("301 | 2"): `lostZeros` reads those the same way.
  const lost = (c: Cell) => (typeof c === 'number' ? Number.isInteger(c) && c >= 0 && c < 10 : lostZeros && typeof c === 'string' && /^\d$/.test(c.trim()));
  const body = rest.map((r) => r.map((c, i) => (partColumn[i] && lost(c) ? `0${cellText(c)}` : cellText(c))));
  const location: Location = { table: t.title };
  const raw = rows.map((r) => r.map(cellText));
  const table: ExtractedTable = { ...t, header, body, raw, firstBodyRow: rowOffset + header.rows + 1, location, read: new Set() };
  // "价值（金额单位：万元）": a unit written in a column's header.
  if (!table.unit) {
    const unit = header.labels.map(parseUnitLine).find(Boolean);
    if (unit) table.unit = unit;
  }
  if (!table.unit && !isForm(t.kind)) {
    issues.push({ code: 'table.missingUnit', location, text: t.title });
  }
  const hasFigure = body.some((r) => r.some((c, i) => i > 0 && c !== '' && /\d/.test(c) && parseAmount(c).ok));
  if (!hasFigure && !isForm(t.kind)) {
    issues.push({ code: 'table.empty', location, text: t.title, ...(t.note ? { detail: t.note } : {}) });
  }
  return table;
}

/**
 * The tables of a .docx body: a recognised title paragraph, its lines, then the next table, then 注 lines.
 * `lostZeros`: the blocks come from a PDF, whose one-digit 款/项 cells lost their zero in the workbook it was printed from.
 */
export function extractFromDocx(blocks: Block[], lostZeros = false): Extraction {
  const tables: ExtractedTable[] = [];
  const issues: ImportIssue[] = [];
  const consumed = new Set<number>();
  let pending: (Partial<ExtractedTable> & { kind: ImportKind; title: string; lines: string[]; at: number[] }) | undefined;
  let last: ExtractedTable | undefined;
  let tableCount = 0;
  let lastParagraph = '';
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const text = block.text.trim();
      if (!text) continue;
      // 注：… under a table, and a final account's 说明：… ("本年度没有政府性基金预算财政拨款收入和支出，故本表无数据"), kept with its word.
      const note = /^注[:：]\s*(.*)$/.exec(text) ?? (last && !pending ? /^(说明[:：]\s*.*)$/.exec(text) : null);
      if (note && last && !pending) {
        consumed.add(block.index);
        last.note = last.note ? `${last.note}\n${note[1]}` : note[1]!;
        const empty = issues.find((i) => i.code === 'table.empty' && i.location.table === last!.title);
        if (empty) empty.detail = last.note;
        continue;
      }
      const title = recognizeTitle(text);
      if (title) pending = { ...title, lines: [], at: [block.index] };
      // A part's heading after a title: the title was a line of the contents (目录), not a table's.
      else if (pending && /^第[一二三四五六七八九十]+部分/.test(compact(text))) pending = undefined;
      else if (pending) {
        pending.lines.push(text);
        pending.at.push(block.index);
      }
      lastParagraph = text;
      last = undefined;
      continue;
    }
    tableCount++;
    // A project performance table goes on in a second table (its indicators) right after the first.
    if (!pending && last?.kind === 'projectPerformance') {
      last.raw.push(...block.rows.map((r) => r.map(cellText)));
      if (last.rowPlaces && block.rowPlaces) last.rowPlaces.push(...block.rowPlaces);
      consumed.add(block.index);
      continue;
    }
    if (!pending) {
      const name = lastParagraph && lastParagraph.length <= 40 ? lastParagraph : `第 ${tableCount} 个表格`;
      issues.push({ code: 'table.unknown', location: { table: name }, text: block.rows[0]?.filter(Boolean).slice(0, 4).join(' | ') ?? '' });
      last = undefined;
      continue;
    }
    const { lines, at, ...t } = pending;
    readLines(lines, t);
    for (const i of [...at, block.index]) consumed.add(i);
    // Unit, department, year or date lines written as the table's first rows count too: the Hebei template
    // prints "202保定市徐水区行政审批局 | 预算年度：2024 | 单位：万元" as one row of the table.
    const rows = block.rows as Cell[][];
    let skip = 0;
    while (skip < rows.length && isLineRow(rows[skip]!)) {
      readLines([rows[skip]!.map(cellText).join(' ')], t);
      skip++;
    }
    last = finish(t, rows.slice(skip), skip, issues, lostZeros);
    last.block = at[0]!;
    if (skip) last.rawOffset = skip;
    if (block.page !== undefined) {
      // Where a PDF prints the table: its issues found so far, and all to come, say the page.
      const page = block.page;
      for (const i of issues) if (i.location === last.location) i.location = { ...i.location, page };
      last.location = { ...last.location, page };
      if (block.rowPlaces) last.rowPlaces = block.rowPlaces.slice(skip);
    }
    tables.push(last);
    pending = undefined;
  }
  return { tables, issues, consumed };
}

/** Sheets of words, by their name or first line: written sections, not tables. */
const TEXT_SHEET = /职能|机构设置|名词解释|编制说明|情况说明|概况|职责/;
const COVER_SHEET = /^封面$/;
const CONTENTS_SHEET = /^目录$/;

/** "B8" → 1-based row 8, column 2. */
function refPlace(ref: string): { row?: number; column?: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return {};
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Every line of a sheet's cells, in reading order (a cell may hold many lines). */
const sheetLines = (data: Cell[][]) =>
  data.flatMap((row) =>
    row
      .flatMap((c) => cellText(c).split(/\r?\n/))
      .map((l) => l.trim())
      .filter(Boolean),
  );

/**
 * The tables of a workbook: one per sheet. The title is the first line of the sheet that names a
 * standard table (or the sheet's name); the lines up to the header give unit, department and year.
 * Sheets of words (主要职能, 名词解释, 编制说明 …) are the written part; the cover gives the title; the
 * contents sheet (目录) holds nothing to read. A hidden sheet is read when it holds a standard table and
 * reported either way; hidden rows are read as usual and reported; a formula saved without its result
 * is reported at its cell (the sheet reader sees it empty).
 */
export function extractFromSheets(sheets: SheetInput[]): Extraction {
  const tables: ExtractedTable[] = [];
  const issues: ImportIssue[] = [];
  const texts: TextSheet[] = [];
  let cover: string[] | undefined;
  for (const input of sheets) {
    const { sheet, data: raw } = input;
    for (const ref of input.formulasWithoutValue ?? []) issues.push({ code: 'formula.noValue', location: { table: sheet, ...refPlace(ref) }, text: ref });
    const data = withColumnDecimals(raw);
    let r = 0;
    let title = recognizeTitle(sheet);
    let titleText = sheet;
    const lines: string[] = [];
    // Title and info lines (unit, department, year), before the header.
    const isInfo = (row: Cell[], at: number) => {
      const filled = row.map(cellText).filter(Boolean);
      return (
        filled.length <= 2 && (at === 0 || filled.length === 0 || recognizeTitle(filled.join(' ')) !== undefined || /单位|编制|年度/.test(filled.join('')))
      );
    };
    while (r < data.length && isInfo(data[r]!, r)) {
      const line = data[r]!.map(cellText).filter(Boolean).join(' ');
      const t = line ? recognizeTitle(line) : undefined;
      if (t) {
        // The sheet's name may carry the number ("01-部门预算收支总表") that the title line does not.
        const number = t.number ?? title?.number;
        title = number !== undefined ? { ...t, number } : t;
        titleText = line;
      } else if (line) lines.push(line);
      r++;
      if (r > 6) break;
    }
    if (!title) {
      const all = sheetLines(raw);
      const name = compact(sheet);
      if (COVER_SHEET.test(name)) cover = all;
      else if (CONTENTS_SHEET.test(name)) issues.push({ code: 'sheet.contents', location: { table: sheet } });
      else if (TEXT_SHEET.test(name) || TEXT_SHEET.test(compact(all[0] ?? ''))) {
        if (all.length) texts.push({ sheet, title: all[0]!, paragraphs: all.slice(1) });
      } else if (input.hidden) issues.push({ code: 'sheet.hiddenSkipped', location: { table: sheet } });
      else issues.push({ code: 'table.unknown', location: { table: sheet }, text: compact(titleText) });
      continue;
    }
    if (input.hidden) issues.push({ code: 'sheet.hidden', location: { table: sheet } });
    const t: Partial<ExtractedTable> & { kind: ImportKind; title: string } = { ...title };
    readLines(lines, t);
    const notes = data
      .slice(r)
      .filter((row) => /^注[:：]/.test(cellText(row[0])))
      .map((row) => cellText(row[0]).replace(/^注[:：]\s*/, ''));
    if (notes.length) t.note = notes.join('\n');
    const rows = data.slice(r).filter((row) => !/^注[:：]/.test(cellText(row[0])));
    const table = finish(t, rows, r, issues);
    table.location = { table: sheet };
    const hidden = (input.hiddenRows ?? []).filter((h) => h >= r && h < r + rows.length && !isEmptyRow(data[h] ?? []));
    if (hidden.length) issues.push({ code: 'rows.hidden', location: { table: sheet }, text: hidden.map((h) => h + 1).join('、') });
    tables.push(table);
  }
  return { tables, issues, consumed: new Set(), texts, ...(cover ? { cover } : {}) };
}

/**
 * A workbook stores 34.20 as the number 34.2: the printed decimals are a cell format. Each column's
 * numbers are written back with the most decimals any number in that column has (34.2 beside 598.78
 * reads "34.20"), so figures keep the table's printed form; whole-number columns (序号) stay whole.
 */
function withColumnDecimals(data: Cell[][]): Cell[][] {
  const decimals: number[] = [];
  for (const row of data)
    row.forEach((c, i) => {
      if (typeof c === 'number' && Number.isFinite(c)) decimals[i] = Math.max(decimals[i] ?? 0, decimalsOf(c));
    });
  return data.map((row) => row.map((c, i) => (typeof c === 'number' && Number.isFinite(c) && (decimals[i] ?? 0) > decimalsOf(c) ? c.toFixed(decimals[i]) : c)));
}

/**
 * An amount cell of a body row, or an issue saying where the cell that does not read is. A figure it gives
 * counts as read into the JSON (a reader that then drops it calls `unread`).
 */
export function bodyAmount(table: ExtractedTable, row: number, column: number): { value?: string; issue?: ImportIssue } {
  const text = table.body[row]?.[column] ?? '';
  const r = parseAmount(text);
  if (r.ok) {
    if (r.value === undefined) return {};
    table.read.add(`${row},${column}`);
    return { value: r.value };
  }
  return { issue: { code: 'amount.text', location: { ...table.location, row: table.firstBodyRow + row, column: column + 1 }, text } };
}

/** A figure a reader took with bodyAmount and then did not keep (a line it does not know). */
export function unread(table: ExtractedTable, row: number, columns?: number[]): void {
  for (const c of columns ?? table.body[row]!.map((_, i) => i)) table.read.delete(`${row},${c}`);
}

/** Header labels of columns that hold codes, names and other words, never figures (a code 205 is no amount). */
const WORD_COLUMN = /编码|代码|(?:^|·)(?:类|款|项)$|名称|(?:^|·)(?:项目|科目)$|序号|目录|计量单位|栏次|说明|备注/;

/**
 * The figures a table publishes, for the report: every body cell that reads as an amount, outside the
 * columns of codes and words, and every cell a reader took as a figure. Counted against `read`.
 */
export function publishedFigures(table: ExtractedTable): Array<{ row: number; column: number }> {
  const words = table.header.labels.map((l) => WORD_COLUMN.test(compact(l)));
  const out: Array<{ row: number; column: number }> = [];
  table.body.forEach((row, r) =>
    row.forEach((c, i) => {
      const figure = !words[i] && /\d/.test(c) && parseAmount(c).ok;
      if (figure || table.read.has(`${r},${i}`)) out.push({ row: r, column: i });
    }),
  );
  return out;
}

/** What a classification row is: the 合计 row, a row of a code, a heading or blank (no code), or one not read (reported). */
export type ClassRow = { kind: 'total' } | { kind: 'item'; code: string } | { kind: 'none' } | { kind: 'skipped' };

/**
 * A body row of a classification table by its code cells (one, or 类/款/项) and its name: 合计 may stand in
 * the name cell or in the (merged) code cells; a 小计 row repeats its items and is reported, not read; a
 * code that does not read is reported. `context` is the code of the row above (for rows giving only 款/项).
 */
export function classRow(
  table: ExtractedTable,
  r: number,
  parts: Array<string | undefined>,
  name: string,
  context: string | undefined,
  issues: ImportIssue[],
): ClassRow {
  const location = { ...table.location, row: table.firstBodyRow + r };
  const word = totalWord([...parts, name]);
  if (word === 'subtotal') {
    issues.push({ code: 'table.subtotalRow', location, text: [...parts, name].filter(Boolean).join(' ') });
    return { kind: 'skipped' };
  }
  if (word === 'total') return { kind: 'total' };
  const code = parseCode(parts, context);
  if (!code.ok) {
    issues.push({ code: 'code.malformed', location, text: parts.filter(Boolean).join(' ') });
    return { kind: 'skipped' };
  }
  return code.code ? { kind: 'item', code: code.code } : { kind: 'none' };
}
