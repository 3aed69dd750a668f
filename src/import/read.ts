/**
 * Reading a disclosure (.docx or .xlsx bytes) into an ImportResult, within LIMITS: what `budget-kit import`
 * runs, and what a test can run in a browser. A document beyond a bound is refused with an
 * ImportInputError that says which bound, in Chinese and English.
 *
 * A workbook is read by read-excel-file, which unzips by itself and believes the sizes a zip declares; so it
 * never sees the document. It gets a new zip (stored, not compressed) of only the parts it reads, each one
 * inflated by the bounded reader and checked (UTF-8, sheet sizes) by readWorkbook first.
 */
import { zipSync, type Zippable } from 'fflate';
import readExcelFile from 'read-excel-file/universal';
import { LIMITS } from '../model/limits.js';
import { ImportInputError, readArchive, sizeText, ZipFormatError } from './archive.js';
import type { Cell } from './columns.js';
import { readDocx } from './docx.js';
import { readPdf, type PdfJs, type PdfProgress } from './pdf.js';
import { importFromDocx, importFromSheets, type ImportResult } from './import.js';
import { isWorkbookPart, readWorkbook, withPrintedDecimals } from './xlsx-decimals.js';

export { ImportInputError } from './archive.js';

/** The extensions `budget-kit import` takes: Word and Excel files, and WPS's own names for them. */
export const IMPORT_EXTENSIONS = ['.docx', '.xlsx', '.pdf', '.xls', '.et', '.wps', '.doc'] as const;
export type ImportExtension = (typeof IMPORT_EXTENSIONS)[number];

/** The old binary Office format (OLE compound file): .xls, .doc, and .et / .wps as WPS saves them by default. */
const isCompoundFile = (b: Uint8Array) => b.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => b[i] === x);
/** "%PDF" within the first bytes, as readers accept it. */
const isPdf = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-');
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b;

/**
 * What a file is, by its content: a workbook or a Word document in the zip format the importer reads, or
 * an old binary one that it refuses with the fix (no maintained, audited reader of the binary formats runs
 * in the browser and Node alike; saving as .xlsx / .docx in WPS or Excel keeps every cell).
 */
function formatOf(bytes: Uint8Array, ext: ImportExtension): '.docx' | '.xlsx' {
  const sheet = ext === '.xlsx' || ext === '.xls' || ext === '.et';
  if (isCompoundFile(bytes) || ((ext === '.xls' || ext === '.doc') && !isZip(bytes))) {
    throw sheet
      ? new ImportInputError(
          '是旧版 Excel/WPS 表格格式（.xls/.et），不能直接导入：请在 WPS 或 Excel 中打开，“另存为” Excel 工作簿（.xlsx）后再导入',
          'it is in the old Excel/WPS spreadsheet format (.xls/.et), which cannot be imported: open it in WPS or Excel, “Save as” an Excel workbook (.xlsx), then import that',
        )
      : new ImportInputError(
          '是旧版 Word/WPS 文字格式（.doc/.wps），不能直接导入：请在 WPS 或 Word 中打开，“另存为” Word 文档（.docx）后再导入',
          'it is in the old Word/WPS document format (.doc/.wps), which cannot be imported: open it in WPS or Word, “Save as” a Word document (.docx), then import that',
        );
  }
  return sheet ? '.xlsx' : '.docx';
}

export interface ReadOptions {
  /** Loads PDF.js (the command: its Node build; the converter page: the browser build with its worker). Default: the legacy build, which runs in both. */
  pdfjs?: () => Promise<PdfJs>;
  /** Page by page, while a PDF is read. */
  progress?: PdfProgress;
}

const loadPdfJs = async (): Promise<PdfJs> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

/** A .docx, .xlsx or .pdf disclosure (or a .et / .wps saved as those) to a standard budget JSON and its report. */
export async function readDisclosure(bytes: Uint8Array, ext: ImportExtension, options: ReadOptions = {}): Promise<ImportResult> {
  if (bytes.length > LIMITS.importFileBytes) {
    throw new ImportInputError(
      `文件超过 ${sizeText(LIMITS.importFileBytes, 'zh')} 的导入上限`,
      `the file is larger than ${sizeText(LIMITS.importFileBytes, 'en')}, the import limit`,
    );
  }
  if (ext === '.pdf' || isPdf(bytes)) {
    if (!isPdf(bytes)) throw new ImportInputError('不是 PDF 文件（文件开头没有 %PDF）', 'not a PDF file (it does not start with %PDF)');
    const { blocks, headings, clipped } = await readPdf(bytes, await (options.pdfjs ?? loadPdfJs)(), options.progress);
    const result = importFromDocx(blocks, 'pdf', headings);
    if (clipped.runs) result.report.clippedText = clipped;
    return result;
  }
  if (formatOf(bytes, ext) === '.docx') return importFromDocx(readDocx(bytes));
  let entries: Map<string, Uint8Array>;
  try {
    entries = readArchive(bytes, isWorkbookPart);
  } catch (err) {
    if (err instanceof ZipFormatError) throw new ImportInputError(`不是 .xlsx（zip）文件：${err.zh}`, `not a .xlsx (zip) file: ${err.en}`);
    throw err;
  }
  const { parts, decimals, sheets: facts } = readWorkbook(entries);
  entries.clear();
  const stored: Zippable = {};
  for (const [name, data] of parts) stored[name] = [data, { level: 0 }];
  const zip = zipSync(stored);
  parts.clear();
  const buffer =
    zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength ? zip.buffer : zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength);
  const sheets = (await readExcelFile(buffer)) as unknown as Array<{ sheet: string; data: Cell[][] }>;
  return importFromSheets(sheets.map((s) => ({ ...facts.get(s.sheet), sheet: s.sheet, data: withPrintedDecimals(s.data, decimals.get(s.sheet), s.sheet) })));
}
