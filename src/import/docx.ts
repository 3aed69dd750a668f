/**
 * The body of a .docx as the importer needs it: paragraphs and tables in document order. A .docx is a
 * zip (read with fflate) whose word/document.xml is streamed once with saxen: no DOM, no HTML detour.
 * Merged cells (w:gridSpan across, w:vMerge down) repeat their text in every cell they cover, so a
 * two-level header reads as "收入·预算数" and a name spanning rows stays on each row.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'saxen';

export type Block =
  | { type: 'paragraph'; text: string; index: number }
  | { type: 'table'; rows: string[][]; index: number };

export class DocxError extends Error {}

interface RawCell {
  text: string;
  span: number;
  /** 'restart' starts a vertical merge, 'continue' continues the one above, undefined: none. */
  vMerge?: 'restart' | 'continue';
}

/** Reads word/document.xml out of the .docx bytes. */
export function documentXml(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch (err) {
    throw new DocxError(`not a .docx (zip) file: ${(err as Error).message}`);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new DocxError('not a Word document: word/document.xml is missing');
  return strFromU8(xml);
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

  const parser = new Parser();
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    switch (name) {
      case 'w:tbl':
        depth++;
        if (depth === 1) tables.push([]);
        break;
      case 'w:tr':
        if (depth === 1) tables.at(-1)!.push([]);
        break;
      case 'w:tc':
        if (depth === 1) {
          cell = { text: '', span: 1 };
          cellParagraphs = [];
        }
        break;
      case 'w:gridSpan':
        if (cell && depth === 1) cell.span = Math.max(1, Number(attrs()['w:val']) || 1);
        break;
      case 'w:vMerge':
        if (cell && depth === 1) cell.vMerge = attrs()['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        if (!selfClosing) paragraph = [];
        else if (!cell) blocks.push({ type: 'paragraph', text: '', index: blocks.length });
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
        else if (depth === 0) blocks.push({ type: 'paragraph', text, index: blocks.length });
        break;
      }
      case 'w:tc':
        if (depth === 1 && cell) {
          cell.text = (cellParagraphs ?? []).filter((p) => p !== '').join('\n').trim();
          tables.at(-1)!.at(-1)!.push(cell);
          cell = undefined;
          cellParagraphs = undefined;
        }
        break;
      case 'w:tbl':
        if (depth === 1) blocks.push({ type: 'table', rows: expand(tables.pop()!), index: blocks.length });
        depth--;
        break;
    }
  });
  parser.on('error', (err) => {
    throw new DocxError(`word/document.xml does not parse: ${err.message}`);
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
