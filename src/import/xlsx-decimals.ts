/**
 * A workbook stores 371514655.00 as the number 371514655 and prints its decimals through the cell's number
 * format (#,##0.00). The sheet reader gives numbers only, so this reads each numeric cell's format from the
 * .xlsx itself (styles.xml and the sheets, streamed with saxen) and writes the figure back as published:
 * "371514655.00". Cells in the General format have no printed decimals; they are left as numbers.
 *
 * The same pass bounds the workbook before the sheet reader (read-excel-file) sees it: its parts come out
 * of the bounded zip reader (archive.ts), must be UTF-8, and each sheet the sheet reader will read must stay
 * within LIMITS.tableColumns columns and LIMITS.tableCells cells (by every <row>, every cell reference and
 * the <dimension>, as the sheet reader counts them: it builds rows × columns of the largest ones), all of
 * them within LIMITS.documentCells, and the workbook within LIMITS.workbookSheets sheets. A number format
 * printing more than LIMITS.formatDecimals decimals is refused where a figure would be printed with it.
 */
import { Parser } from 'saxen';
import { LIMITS } from '../model/limits.js';
import { entryText, ImportInputError, readArchive } from './archive.js';
import { decimalsOf } from './cells.js';
import type { Cell } from './columns.js';

/** Built-in number formats (ECMA-376 §18.8.30) that print a fixed number of decimals. */
const BUILT_IN: Record<number, number> = { 1: 0, 2: 2, 3: 0, 4: 2, 37: 0, 38: 0, 39: 2, 40: 2 };

/**
 * A format section without its literal parts: "quoted text", \escapes, [colour/condition], _padding and
 * *fill. One pass, left to right (as a regular expression would remove them, but in linear time whatever
 * the code: an unclosed quote or bracket is kept as a character).
 */
function withoutLiterals(section: string): string {
  let out = '';
  let quotesClose = true;
  let bracketsClose = true;
  for (let i = 0; i < section.length;) {
    const ch = section[i]!;
    const next = section[i + 1];
    if (ch === '"' && quotesClose) {
      const end = section.indexOf('"', i + 1);
      if (end >= 0) {
        i = end + 1;
        continue;
      }
      quotesClose = false;
    } else if (ch === '[' && bracketsClose) {
      const end = section.indexOf(']', i + 1);
      if (end >= 0) {
        i = end + 1;
        continue;
      }
      bracketsClose = false;
    } else if ((ch === '\\' || ch === '_' || ch === '*') && next !== undefined && !/[\n\r\u2028\u2029]/.test(next)) {
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * The decimals a number format code prints ("#,##0.00" → 2, "0" → 0), or undefined for formats that do
 * not print a plain figure (General, percentages, dates, scientific) — those keep the stored number.
 */
export function formatDecimals(code: string): number | undefined {
  // The first section is for positive numbers; quoted text, escapes, [colour/condition], padding do not count.
  const section = withoutLiterals(code.replace(/&quot;/g, '"').split(';')[0] ?? '');
  if (!/[0#?]/.test(section) || /[%@]|E[+-]/i.test(section) || /[ymdhs]/i.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? (m[1]!.match(/0/g) ?? []).length : 0;
}

type Attrs = () => Record<string, string>;

/** The local part of a tag or attribute name ("x:sheet" → "sheet"), as the sheet reader compares them. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Attributes by local name with entities decoded, as the sheet reader sees them (xmlns:… left out). */
function localAttrs(attrs: Attrs, decode: (s: string) => string): Record<string, string> {
  const raw = attrs();
  const out: Record<string, string> = {};
  for (const name in raw) if (!name.startsWith('xmlns:')) out[local(name)] = decode(raw[name]!);
  return out;
}

/** Streams the part `name` of the workbook (nothing when it is absent); a part that does not parse is named. */
function parse(
  name: string,
  xml: string | undefined,
  onOpen: (name: string, attrs: Attrs, decode: (s: string) => string) => void,
  onClose?: (name: string) => void,
): void {
  if (xml === undefined) return;
  const parser = new Parser();
  parser.on('openTag', (tag, attrs, decode) => onOpen(local(tag), attrs as Attrs, decode));
  if (onClose) parser.on('closeTag', (tag) => onClose(local(tag)));
  parser.on('error', (err) => {
    throw new ImportInputError(`${name} 不是有效的 XML（${err.message}）`, `${name} is not well-formed XML (${err.message})`);
  });
  parser.parse(xml);
}

/** "AB12" → [row 11, column 27], both 0-based. */
function cellPosition(ref: string): [number, number] | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/**
 * A cell reference as the sheet reader reads it: every character before the first digit a letter of the
 * column (A = 1), the rest the row number; [row, column], 1-based, or undefined where it would fail.
 */
function readerAddress(ref: string): [number, number] | undefined {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      const row = Number(ref.slice(i));
      return Number.isNaN(row) ? undefined : [row, column];
    }
    column = column * 26 + (code - 64);
  }
  return undefined;
}

/** Column 0 → "A", 27 → "AB". */
function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "Sheet1!B3", or "'My sheet'!B3" for a name that needs quoting. */
const cellName = (sheet: string, row: number, col: number) =>
  `${/^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${columnName(col)}${row + 1}`;

const sheetRefused = (sheet: string, zh: string, en: string) => new ImportInputError(`工作表「${sheet}」${zh}`, `sheet “${sheet}”: ${en}`);

/** `_xHHHH_` escapes of sheet names, decoded as the sheet reader does. */
const unescapeName = (name: string) => name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const RELATIONSHIPS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** The workbook parts the sheet reader reads: every .xml and .xml.rels entry (its own filter). */
export const isWorkbookPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

export interface Workbook {
  /**
   * The parts the sheet reader will read (relationships, workbook, shared strings, styles, sheets), each
   * inflated within the bounds, UTF-8, and each sheet within the size bounds: give it these and nothing else.
   */
  parts: Map<string, Uint8Array>;
  /** For each sheet (by name), the printed decimals of each numeric cell that has a fixed-decimal format. */
  decimals: Map<string, Map<string, number>>;
  /** For each sheet (by name), what the sheet reader does not tell: hidden, hidden rows, formulas saved without a result. */
  sheets: Map<string, SheetFacts>;
}

export interface SheetFacts {
  /** The sheet is hidden (state hidden or veryHidden). */
  hidden: boolean;
  /** 0-based numbers of the rows marked hidden. */
  hiddenRows: number[];
  /** Cells ("B8") holding a formula with no cached result: the sheet reader sees them empty. */
  formulasWithoutValue: string[];
}

interface SheetScan {
  /** Rows × columns of the grid the sheet reader builds for it (at least 1). */
  cells: number;
  decimals: Map<string, number>;
  hiddenRows: number[];
  formulasWithoutValue: string[];
}

/** One sheet: its size checked as it is read (refused past the bounds), and its cells' printed decimals. */
function scanSheet(file: string, xml: string, sheet: string, xfDecimals: Array<number | undefined>): SheetScan {
  let row = 0;
  let rows = 0;
  let columns = 0;
  // The sheet reader reads <row>s and <c>s from the first <sheetData> on.
  let inData = false;
  const decimals = new Map<string, number>();
  const hiddenRows: number[] = [];
  const formulasWithoutValue: string[] = [];
  let cell: { ref: string; formula: boolean; value: boolean } | undefined;
  const tooMany = (what: [string, string]) =>
    rows * Math.max(columns, 1) > LIMITS.tableCells &&
    sheetRefused(
      sheet,
      `的${what[0]}使其达到 ${rows} 行 × ${Math.max(columns, 1)} 列，超过 ${LIMITS.tableCells} 个单元格的上限`,
      `${what[1]} makes it ${rows} rows × ${Math.max(columns, 1)} columns, beyond the limit of ${LIMITS.tableCells} cells`,
    );
  parse(
    file,
    xml,
    (tag, attrs, decode) => {
      if (tag === 'dimension') {
        const ref = localAttrs(attrs, decode).ref ?? '';
        let [r, c] = [0, 0];
        for (const part of ref.split(':')) {
          const at = readerAddress(part);
          if (at) [r, c] = [Math.max(r, at[0]), Math.max(c, at[1])];
        }
        if (c > LIMITS.tableColumns)
          throw sheetRefused(
            sheet,
            `的范围 ${ref} 在第 ${c} 列，超过 ${LIMITS.tableColumns} 列的上限`,
            `the range ${ref} reaches column ${c}, beyond the limit of ${LIMITS.tableColumns} columns`,
          );
        if (r * Math.max(c, 1) > LIMITS.tableCells) {
          throw sheetRefused(
            sheet,
            `的范围 ${ref} 有 ${r} 行 × ${Math.max(c, 1)} 列，超过 ${LIMITS.tableCells} 个单元格的上限`,
            `the range ${ref} is ${r} rows × ${Math.max(c, 1)} columns, beyond the limit of ${LIMITS.tableCells} cells`,
          );
        }
      } else if (tag === 'sheetData') inData = true;
      else if (!inData) return;
      else if (tag === 'row') {
        // Rows are numbered by their r, or follow the one before; the sheet reader fills the gaps.
        const a = localAttrs(attrs, decode);
        const r = Number(a.r);
        row = Math.max(row + 1, r || 0);
        if (a.hidden === '1' || a.hidden === 'true') hiddenRows.push(row - 1);
      } else if (tag === 'f' && cell) cell.formula = true;
      else if ((tag === 'v' || tag === 'is') && cell) cell.value = true;
      else if (tag === 'c') {
        const a = localAttrs(attrs, decode);
        const ref = a.r ?? '';
        cell = { ref, formula: false, value: false };
        const at = readerAddress(ref);
        if (at) {
          if (at[1] > LIMITS.tableColumns)
            throw sheetRefused(
              sheet,
              `的单元格 ${ref} 在第 ${at[1]} 列，超过 ${LIMITS.tableColumns} 列的上限`,
              `cell ${ref} is in column ${at[1]}, beyond the limit of ${LIMITS.tableColumns} columns`,
            );
          row = Math.max(row, at[0]);
          rows = Math.max(rows, row);
          columns = Math.max(columns, at[1]);
          const refused = tooMany([`单元格 ${ref} `, `cell ${ref}`]);
          if (refused) throw refused;
        }
        if (a.s === undefined || (a.t !== undefined && a.t !== 'n')) return;
        const d = xfDecimals[Number(a.s)];
        const pos = cellPosition(ref);
        if (d !== undefined && pos) decimals.set(`${pos[0]},${pos[1]}`, d);
      }
    },
    (tag) => {
      if (tag === 'c' && cell) {
        if (cell.formula && !cell.value && formulasWithoutValue.length < 100) formulasWithoutValue.push(cell.ref);
        cell = undefined;
      }
      if (tag !== 'row' || !inData) return;
      rows = Math.max(rows, row);
      const refused = tooMany([`第 ${row} 行`, `row ${row}`]);
      if (refused) throw refused;
    },
  );
  return { cells: Math.max(rows, 1) * Math.max(columns, 1), decimals, hiddenRows, formulasWithoutValue };
}

/**
 * A workbook's parts (from readArchive with isWorkbookPart) checked against the bounds, with the printed
 * decimals of its sheets. Sheets are found as the sheet reader finds them (the worksheet relationships of
 * xl/_rels/workbook.xml.rels, the <sheet>s of xl/workbook.xml), so that it reads nothing not checked here.
 */
export function readWorkbook(entries: Map<string, Uint8Array>): Workbook {
  const parts = new Map<string, Uint8Array>();
  /** A part's text (undefined when the workbook has no such part), kept among the parts for the sheet reader. */
  const text = (name: string) => {
    const bytes = entries.get(name);
    if (!bytes) return undefined;
    parts.set(name, bytes);
    return entryText(name, bytes);
  };
  const tooManySheets = () =>
    new ImportInputError(
      `工作簿有超过 ${LIMITS.workbookSheets} 个工作表，超过上限`,
      `the workbook has more than ${LIMITS.workbookSheets} sheets, the limit for one workbook`,
    );
  // relationships: sheets by id, and where the shared strings and the styles are
  const path = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  const sheetFiles = new Map<string, string>();
  let sharedStrings = 'xl/sharedStrings.xml';
  let styles = 'xl/styles.xml';
  parse('xl/_rels/workbook.xml.rels', text('xl/_rels/workbook.xml.rels'), (name, attrs, decode) => {
    if (name !== 'Relationship') return;
    const a = localAttrs(attrs, decode);
    if (a.Target === undefined) return;
    const base = RELATIONSHIPS.find((b) => a.Type?.startsWith(b));
    const type = base ? a.Type!.slice(base.length) : '';
    if (type === 'worksheet') {
      sheetFiles.set(a.Id ?? '', path(a.Target));
      if (sheetFiles.size > LIMITS.workbookSheets) throw tooManySheets();
    } else if (type === 'sharedStrings') sharedStrings = path(a.Target);
    else if (type === 'styles') styles = path(a.Target);
  });
  const sheets: Array<{ name: string; id: string; hidden: boolean }> = [];
  parse('xl/workbook.xml', text('xl/workbook.xml'), (name, attrs, decode) => {
    if (name !== 'sheet') return;
    const a = localAttrs(attrs, decode);
    if (!a.name) return;
    sheets.push({ name: unescapeName(a.name), id: a.id ?? '', hidden: a.state === 'hidden' || a.state === 'veryHidden' });
    if (sheets.length > LIMITS.workbookSheets) throw tooManySheets();
  });
  text(sharedStrings);
  // styles: custom format codes, then the cell formats (cellXfs) that cells point to by index
  const codes = new Map<number, string>();
  const xfDecimals: Array<number | undefined> = [];
  let inCellXfs = false;
  parse(
    styles,
    text(styles),
    (name, attrs) => {
      const a = attrs();
      if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = codes.get(id);
        xfDecimals.push(code !== undefined ? formatDecimals(code) : BUILT_IN[id]);
      }
    },
    (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  );
  // sheets: each file read once, its cells counted for every sheet that shows it
  const scans = new Map<string, SheetScan>();
  const decimals = new Map<string, Map<string, number>>();
  const facts = new Map<string, SheetFacts>();
  let cells = 0;
  for (const sheet of sheets) {
    const file = sheetFiles.get(sheet.id);
    if (file === undefined || !entries.has(file)) continue;
    let scan = scans.get(file);
    if (!scan) {
      scan = scanSheet(file, text(file)!, sheet.name, xfDecimals);
      scans.set(file, scan);
    }
    cells += scan.cells;
    if (cells > LIMITS.documentCells) {
      throw sheetRefused(
        sheet.name,
        `：工作簿中的工作表合计超过 ${LIMITS.documentCells} 个单元格的上限`,
        `the sheets of the workbook have more than ${LIMITS.documentCells} cells together, the limit for one document`,
      );
    }
    decimals.set(sheet.name, scan.decimals);
    facts.set(sheet.name, { hidden: sheet.hidden, hiddenRows: scan.hiddenRows, formulasWithoutValue: scan.formulasWithoutValue });
  }
  return { parts, decimals, sheets: facts };
}

/** For each sheet (by name), the printed decimals of each numeric cell that has a fixed-decimal format. */
export function readPrintedDecimals(bytes: Uint8Array): Map<string, Map<string, number>> {
  return readWorkbook(readArchive(bytes, isWorkbookPart)).decimals;
}

/**
 * A sheet's rows with each formatted number written as printed ("371514655.00"). A number with more
 * decimals than its format shows keeps them: a format never takes digits away from a figure. A format
 * printing more than LIMITS.formatDecimals decimals is refused, naming the cell of `sheet`.
 */
export function withPrintedDecimals(data: Cell[][], decimals: Map<string, number> | undefined, sheet = ''): Cell[][] {
  if (!decimals?.size) return data;
  return data.map((row, r) =>
    row.map((c, col) => {
      const d = decimals.get(`${r},${col}`);
      if (typeof c !== 'number' || !Number.isFinite(c) || d === undefined || /e/i.test(String(c))) return c;
      if (d > LIMITS.formatDecimals) {
        const at = cellName(sheet, r, col);
        throw new ImportInputError(
          `${at} 的数字格式显示 ${d} 位小数，超过 ${LIMITS.formatDecimals} 位的上限`,
          `${at}: the number format prints ${d} decimals, more than the limit of ${LIMITS.formatDecimals}`,
        );
      }
      return c.toFixed(Math.max(d, decimalsOf(c)));
    }),
  );
}
