/**
 * Reading the cells of a published table: amounts as they are typed in Word and Excel, unit lines, and
 * classification codes written whole ("2010301") or split over 类/款/项 columns ("201" "13" "01").
 * A cell that does not read is never guessed: it comes back as an issue with its location.
 */
import type { AmountUnit } from '../model/types.js';
import { compact } from './titles.js';

/** Where something is in the source document, for the report. */
export interface Location {
  /** The table's title (docx) or the sheet's name (xlsx). */
  table: string;
  /** 1-based row and column in that table or sheet. */
  row?: number;
  column?: number;
  /** The page of a PDF the table starts on, or, for a row, the page the row is printed on. */
  page?: number;
  /** For a row of a PDF table: where on its page it is printed. */
  box?: Box;
}

/** A rectangle on a PDF page, in points from the page's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a PDF prints one row of a table: its page, and its box there. */
export interface RowPlace {
  page: number;
  box: Box;
}

export interface ImportIssue {
  code:
    | 'amount.text'
    | 'code.malformed'
    | 'code.repeated'
    | 'table.unknown'
    | 'table.unknownLine'
    | 'table.missingColumn'
    | 'table.missingUnit'
    | 'table.empty'
    | 'table.subtotalRow'
    | 'figure.mismatch'
    | 'figure.keptAsPrinted'
    | 'figure.onlyInSummary'
    | 'name.former'
    | 'formula.noValue'
    | 'sheet.hidden'
    | 'sheet.hiddenSkipped'
    | 'rows.hidden'
    | 'sheet.contents'
    | 'document.incomplete'
    | 'document.missingTables';
  location: Location;
  /** The text that was found (a cell's content, a title). */
  text?: string;
  detail?: string;
}

export function formatLocation(loc: Location, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (lang === 'en')
    return `“${loc.table}”${loc.row ? ` row ${loc.row}` : ''}${loc.column ? `, column ${loc.column}` : ''}${loc.page ? ` (PDF page ${loc.page})` : ''}`;
  return `「${loc.table}」${loc.row ? `第 ${loc.row} 行` : ''}${loc.column ? `第 ${loc.column} 列` : ''}${loc.page ? `（PDF 第 ${loc.page} 页）` : ''}`;
}

/** 单位：万元 / 单位:元 / （单位：亿元）, anywhere in a line. */
export function parseUnitLine(text: string): AmountUnit | undefined {
  const m = /单位[:：]?(万元|亿元|元)/.exec(compact(text));
  return m ? (m[1] as AmountUnit) : undefined;
}

/** How many decimals a stored number has as JavaScript writes it (34.2 → 1, 371514655 → 0). */
export const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

/** Cells that mean "no figure": empty, dashes, a slash. Absent, never zero. */
const EMPTY = /^(?:|-|－|—|——|–|\/|／)$/;

export type AmountResult = { ok: true; value: string | undefined } | { ok: false };

/**
 * An amount as published, to an exact decimal string: thousands separators (, ，' and thin spaces) go,
 * full-width digits become ASCII, "(1,234.00)" and "−5" are negative, trailing zeros stay ("598.70").
 * Empty cells are absent (undefined). Anything else is not an amount.
 */
export function parseAmount(text: string | number | null | undefined): AmountResult {
  if (text === null || text === undefined) return { ok: true, value: undefined };
  if (typeof text === 'number') return Number.isFinite(text) ? { ok: true, value: String(text) } : { ok: false };
  let s = compact(text).replace(/[−–]/g, '-');
  if (EMPTY.test(s)) return { ok: true, value: undefined };
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  // Thousands separators only between groups of three digits.
  if (/^\d{1,3}([,，'’]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,，'’]/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false };
  s = s.replace(/^0+(?=\d)/, '');
  return { ok: true, value: negative && !/^0(\.0+)?$/.test(s) ? `-${s}` : s };
}

export type CodeResult = { ok: true; code: string | undefined } | { ok: false };

/**
 * A classification code from one cell ("2010301", "201 13 01", "201-13-01", "301 2" as a PDF prints 301 02:
 * within one cell a one-digit part after a space can only be a 款 or 项 that lost its zero) or from the
 * 类/款/项 cells of a split layout (["201", "13", "01"], ["201", "13", ""] for a 款 row, ["", "", "01"] when
 * the table repeats only the lowest part: pass the parent code as `context`). In split cells a one-digit
 * part is refused: a workbook's number 2 in a 款 column is padded where the sheet is read (extract.ts), a
 * typed "3" may be a mistake. Valid codes have 3, 5 or 7 digits.
 */
export function parseCode(parts: Array<string | number | null | undefined>, context?: string, pad = false): CodeResult {
  const part2 = (p: string) => (pad && p.length === 1 ? `0${p}` : p);
  const texts = parts.map((p) =>
    p === null || p === undefined
      ? ''
      : String(p)
          .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
          .trim(),
  );
  // One cell holding the parts apart ("301 2", "201-13-01"): read them as the split layout.
  if (texts.length === 1) {
    const pieces = texts[0]!.split(/[\s\u3000\u00a0\-.·]+/).filter(Boolean);
    if (pieces.length > 1 && pieces.length <= 3 && pieces[0]!.length === 3) return parseCode(pieces, context, true);
  }
  const cleaned = texts.map((p) => compact(p).replace(/[-.·]/g, ''));
  if (cleaned.every((p) => p === '')) return { ok: true, code: undefined };
  if (!cleaned.every((p) => /^\d*$/.test(p))) return { ok: false };
  let code: string;
  if (cleaned.length === 1) code = cleaned[0]!;
  else {
    const [lei = '', rawKuan = '', rawXiang = ''] = cleaned;
    const kuan = part2(rawKuan);
    const xiang = part2(rawXiang);
    if (lei && lei.length !== 3) return { ok: false };
    if ((kuan && kuan.length !== 2) || (xiang && xiang.length !== 2)) return { ok: false };
    if (lei) {
      if (!kuan && xiang) return { ok: false };
      code = lei + kuan + xiang;
    } else if (context && (kuan || xiang)) {
      // Only the lower parts are written: they continue the row above.
      code = kuan ? context.slice(0, 3) + kuan + xiang : context.slice(0, 5) + xiang;
    } else return { ok: false };
  }
  return [3, 5, 7].includes(code.length) ? { ok: true, code } : { ok: false };
}

/** A row's words for a total (合计, 总计) or a subtotal (小计), in any of its code or name cells. */
export function totalWord(cells: Array<string | undefined>): 'total' | 'subtotal' | undefined {
  for (const c of cells) {
    const t = compact(c ?? '').replace(/[:：]$/, '');
    if (/^(?:合计|总计)$/.test(t)) return 'total';
    if (/^小计$/.test(t)) return 'subtotal';
  }
  return undefined;
}
