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
import { importFromDocx, importFromSheets, type ImportResult } from './import.js';
import { isWorkbookPart, readWorkbook, withPrintedDecimals } from './xlsx-decimals.js';

export { ImportInputError } from './archive.js';

/** A .docx or .xlsx disclosure to a standard budget JSON and its report. */
export async function readDisclosure(bytes: Uint8Array, ext: '.docx' | '.xlsx'): Promise<ImportResult> {
  if (bytes.length > LIMITS.importFileBytes) {
    throw new ImportInputError(
      `文件超过 ${sizeText(LIMITS.importFileBytes, 'zh')} 的导入上限`,
      `the file is larger than ${sizeText(LIMITS.importFileBytes, 'en')}, the import limit`,
    );
  }
  if (ext === '.docx') return importFromDocx(readDocx(bytes));
  let entries: Map<string, Uint8Array>;
  try {
    entries = readArchive(bytes, isWorkbookPart);
  } catch (err) {
    if (err instanceof ZipFormatError) throw new ImportInputError(`不是 .xlsx（zip）文件：${err.zh}`, `not a .xlsx (zip) file: ${err.en}`);
    throw err;
  }
  const { parts, decimals } = readWorkbook(entries);
  entries.clear();
  const stored: Zippable = {};
  for (const [name, data] of parts) stored[name] = [data, { level: 0 }];
  const zip = zipSync(stored);
  parts.clear();
  const buffer =
    zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength ? zip.buffer : zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength);
  const sheets = (await readExcelFile(buffer)) as unknown as Array<{ sheet: string; data: Cell[][] }>;
  return importFromSheets(sheets.map((s) => ({ sheet: s.sheet, data: withPrintedDecimals(s.data, decimals.get(s.sheet), s.sheet) })));
}
