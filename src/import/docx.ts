/**
 * The body of a .docx as the importer needs it: paragraphs and tables in document order. A .docx is a
 * zip (read with fflate) whose word/document.xml is streamed once with saxen: no DOM, no HTML detour.
 * Merged cells (w:gridSpan across, w:vMerge down) repeat their text in every cell they cover, so a
 * two-level header reads as "收入·预算数" and a name spanning rows stays on each row.
 *
 * Untrusted documents stay within LIMITS: the zip is read through the bounded reader (archive.ts), and a
 * merged cell wider than LIMITS.cellSpan, a table wider than LIMITS.tableColumns or of more than
 * LIMITS.tableCells cells, or tables of more than LIMITS.documentCells cells together, are refused as each
 * cell is read, before any grid is built; so is a body of more than LIMITS.arrayItems paragraphs and tables.
 */
import type { RowPlace } from './cells.js';
import { Parser } from 'saxen';
import { LIMITS } from '../model/limits.js';
import { entryText, ImportInputError, readArchive, ZipFormatError } from './archive.js';

/**
 * A paragraph or a table of a document, in reading order; `page` where the document has pages (a PDF: where
 * the table starts) and `rowPlaces`, where each row is printed.
 */
export type Block =
  { type: 'paragraph'; text: string; index: number } | { type: 'table'; rows: string[][]; index: number; page?: number; rowPlaces?: RowPlace[] };

/** A file that is not a Word document, or whose body does not parse (in both languages, as every refusal). */
export class DocxError extends ImportInputError {}

interface RawCell {
  text: string;
  span: number;
  /** 'restart' starts a vertical merge, 'continue' continues the one above, undefined: none. */
  vMerge?: 'restart' | 'continue';
}

/** Reads word/document.xml out of the .docx bytes. */
export function documentXml(bytes: Uint8Array): string {
  let files: Map<string, Uint8Array>;
  try {
    files = readArchive(bytes, ['word/document.xml']);
  } catch (err) {
    if (err instanceof ZipFormatError) throw new DocxError(`不是 .docx（zip）文件：${err.zh}`, `not a .docx (zip) file: ${err.en}`);
    throw err;
  }
  const xml = files.get('word/document.xml');
  if (!xml) throw new DocxError('不是 Word 文档：缺少 word/document.xml', 'not a Word document: word/document.xml is missing');
  return entryText('word/document.xml', xml);
}

/** Where a table is, for the messages: its place among the document's top-level tables, and a row in it. */
const at = (table: number, row?: number): [string, string] =>
  row === undefined ? [`第 ${table} 个表格`, `table ${table}`] : [`第 ${table} 个表格第 ${row} 行`, `table ${table}, row ${row}`];

function refuse([zhAt, enAt]: [string, string], zh: string, en: string): never {
  throw new ImportInputError(`${zhAt}：${zh}`, `${enAt}: ${en}`);
}

/** Paragraphs and tables of the document body, in order; nested tables are flattened into their cell's text. */
export function readDocx(bytes: Uint8Array): Block[] {
  const xml = documentXml(bytes);
  const blocks: Block[] = [];
  // A stack of open tables, each with its rows of raw cells.
  const tables: RawCell[][][] = [];
  let paragraph: string[] | undefined;
  let cell: RawCell | undefined;
  let cellParagraphs: string[] | undefined;
  let inText = false;
  let depth = 0;
  // Bounds: which top-level table is being read (1-based), the width of its current row, its cells, and the
  // cells of all the document's tables.
  let tableNumber = 0;
  let rowWidth = 0;
  let tableCells = 0;
  let documentCells = 0;
  /** Counts cells of the grid of the table being read, refusing the document past the bounds. */
  const takeCells = (n: number) => {
    tableCells += n;
    documentCells += n;
    if (tableCells > LIMITS.tableCells)
      refuse(at(tableNumber), `超过 ${LIMITS.tableCells} 个单元格的上限`, `more than ${LIMITS.tableCells} cells, the limit for one table`);
    if (documentCells > LIMITS.documentCells) {
      refuse(
        at(tableNumber),
        `文档中的表格合计超过 ${LIMITS.documentCells} 个单元格的上限`,
        `the tables of the document have more than ${LIMITS.documentCells} cells together, the limit for one document`,
      );
    }
  };

  /** A paragraph or table of the body, within LIMITS.arrayItems of them. */
  const add = (block: Block) => {
    if (blocks.length >= LIMITS.arrayItems) {
      throw new ImportInputError(
        `文档有超过 ${LIMITS.arrayItems} 个段落和表格，超过上限`,
        `the document has more than ${LIMITS.arrayItems} paragraphs and tables, the limit for one document`,
      );
    }
    blocks.push(block);
  };

  const parser = new Parser();
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    switch (name) {
      case 'w:tbl':
        depth++;
        if (depth === 1) {
          tables.push([]);
          tableNumber++;
          tableCells = 0;
        }
        break;
      case 'w:tr':
        if (depth === 1) {
          tables.at(-1)!.push([]);
          rowWidth = 0;
        }
        break;
      case 'w:tc':
        if (depth === 1) {
          cell = { text: '', span: 1 };
          cellParagraphs = [];
        }
        break;
      case 'w:gridSpan':
        if (cell && depth === 1) {
          const span = Math.max(1, Number(attrs()['w:val']) || 1);
          if (span > LIMITS.cellSpan) {
            refuse(
              at(tableNumber, tables.at(-1)!.length),
              `一个合并单元格横跨 ${span} 列，超过上限 ${LIMITS.cellSpan} 列`,
              `a merged cell spans ${span} columns, more than the limit of ${LIMITS.cellSpan}`,
            );
          }
          cell.span = span;
        }
        break;
      case 'w:vMerge':
        if (cell && depth === 1) cell.vMerge = attrs()['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        if (!selfClosing) paragraph = [];
        else if (!cell) add({ type: 'paragraph', text: '', index: blocks.length });
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        paragraph?.push('\t');
        break;
      case 'w:br':
        paragraph?.push('\n');
        break;
    }
  });
  parser.on('text', (value, decode) => {
    if (inText && paragraph) paragraph.push(decode(value));
  });
  parser.on('closeTag', (name) => {
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const text = (paragraph ?? []).join('');
        paragraph = undefined;
        if (cellParagraphs && depth >= 1) cellParagraphs.push(text);
        else if (depth === 0) add({ type: 'paragraph', text, index: blocks.length });
        break;
      }
      case 'w:tc':
        if (depth === 1 && cell) {
          // The cells this one takes in the grid expand() builds: counted before it is kept.
          const width = Math.ceil(cell.span);
          const rows = tables.at(-1)!;
          rowWidth += width;
          if (rowWidth > LIMITS.tableColumns)
            refuse(at(tableNumber, rows.length), `超过 ${LIMITS.tableColumns} 列的上限`, `more than ${LIMITS.tableColumns} columns, the limit for one table`);
          takeCells(width);
          cell.text = (cellParagraphs ?? [])
            .filter((p) => p !== '')
            .join('\n')
            .trim();
          rows.at(-1)!.push(cell);
          cell = undefined;
          cellParagraphs = undefined;
        }
        break;
      case 'w:tr':
        // A row without cells still takes a row of the grid: count it as one cell.
        if (depth === 1 && rowWidth === 0) takeCells(1);
        break;
      case 'w:tbl':
        if (depth === 1) add({ type: 'table', rows: expand(tables.pop()!), index: blocks.length });
        depth--;
        break;
    }
  });
  parser.on('error', (err) => {
    throw new DocxError(`word/document.xml 无法解析：${err.message}`, `word/document.xml does not parse: ${err.message}`);
  });
  parser.parse(xml);
  return blocks;
}

/** Raw rows (with spans and vertical merges) to a plain grid where merged cells repeat their text. */
function expand(rows: RawCell[][]): string[][] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    const out: string[] = [];
    for (const c of row) {
      const col = out.length;
      const text = c.vMerge === 'continue' ? (grid[r - 1]?.[col] ?? '') : c.text;
      for (let i = 0; i < c.span; i++) out.push(text);
    }
    grid.push(out);
  });
  return grid;
}
