import { basename, dirname, extname, join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import type { Lang } from '../model/messages.js';
import { toCSV } from '../model/csv.js';
import { tableFileName, tableGrid, type Grid } from '../model/export.js';
import { LIMITS } from '../model/limits.js';
import { checkBudget } from '../model/parse.js';
import { standardTables } from '../model/tables.js';
import {
  beginsWith,
  checkTarget,
  csvFirstLine,
  fileNames,
  InputError,
  isOurWorkbook,
  markWorkbook,
  OutputError,
  prepareFolder,
  readInput,
  writeTarget,
  type Target,
} from './output.js';

export type ExportFormat = 'csv' | 'xlsx';

interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Excel keeps 15 significant digits: longer amounts stay text, so that no figure changes. */
function fitsDouble(decimal: string): boolean {
  return decimal.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15;
}

type SheetCell = { value: string | number; type?: typeof String | typeof Number; format?: string; fontWeight?: 'bold'; wrap?: boolean } | null;

/** A grid as a worksheet: amounts as numbers shown with their published decimals, codes and text as text. */
function sheetData(grid: Grid): SheetCell[][] {
  return grid.map((row) =>
    row.map((cell) => {
      if (!cell) return null;
      if (cell.numeric && /^-?\d+(\.\d+)?$/.test(cell.text) && fitsDouble(cell.text)) {
        const decimals = cell.text.split('.')[1]?.length ?? 0;
        return { value: Number(cell.text), type: Number, format: decimals ? `0.${'0'.repeat(decimals)}` : '0' };
      }
      return { value: cell.text, type: String, ...(cell.header ? { fontWeight: 'bold' as const } : {}) };
    }),
  );
}

/** Sheet names: at most 31 characters, unique. */
function sheetNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let name = n.slice(0, 31);
    for (let i = 2; seen.has(name); i++) name = `${n.slice(0, 28)}~${i}`;
    seen.add(name);
    return name;
  });
}

export interface ExportOptions {
  /** Replace existing files that budget-kit did not write. */
  force?: boolean;
}

/**
 * `budget-kit export`: the standard tables of a valid budget JSON as CSV files or one XLSX workbook. Output
 * paths are checked and written as src/cli/output.ts describes; a refusal or a failed write is one line.
 */
export async function exportTables(
  file: string,
  format: ExportFormat,
  out: string | undefined,
  lang: Lang,
  io: IO,
  options: ExportOptions = {},
): Promise<number> {
  const zh = lang === 'zh-CN';
  const force = options.force ?? false;
  let text: string;
  try {
    text = await readInput(file, LIMITS.fileBytes, lang);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`${file}: ${err.message}\n`);
    return 1;
  }
  const result = checkBudget(text);
  if (!result.document) {
    io.err(`${file}: ${zh ? '不是有效的标准预算 JSON，未导出：' : 'not a valid standard budget JSON; nothing exported:'}\n`);
    for (const e of result.errors.slice(0, 20)) io.err(`  ${e.path}: ${e.message[lang]}\n`);
    return 1;
  }
  const document = result.document;
  const tables = standardTables(document);
  const stem = join(dirname(file), basename(file, extname(file)));
  try {
    if (format === 'csv') {
      const dir = out ?? `${stem}-tables`;
      await prepareFolder(dir, file, lang);
      const files = tables.map((table) => toCSV(tableGrid(table, lang, document.meta)));
      const names = fileNames(
        tables.map((t, i) => tableFileName(t, i)),
        '.csv',
      );
      // Every target is checked before any is written: a refusal leaves the folder as it was.
      const targets: Target[] = [];
      for (const [i, name] of names.entries()) {
        targets.push(await checkTarget(join(dir, name), { input: file, force, lang, kind: 'csv', ours: beginsWith(csvFirstLine(files[i]!)) }));
      }
      for (const [i, target] of targets.entries()) {
        await writeTarget(target, files[i]!, lang);
        io.out(`${target.path}\n`);
      }
    } else {
      const path = out ?? `${stem}.xlsx`;
      const target = await checkTarget(path, { input: file, force, lang, kind: 'xlsx', ours: isOurWorkbook });
      const names = sheetNames(tables.map((t, i) => tableFileName(t, i)));
      const sheets = tables.map((table, i) => ({ data: sheetData(tableGrid(table, lang, document.meta)), sheet: names[i]!, stickyRowsCount: 3 }));
      const bytes = markWorkbook(await writeExcelFile(sheets).toBuffer());
      await writeTarget(target, bytes, lang);
      io.out(`${path}\n`);
    }
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.err(`${err.message}\n`);
    return 1;
  }
  io.out(zh ? `已导出 ${tables.length} 张标准表。\n` : `Exported ${tables.length} standard tables.\n`);
  return 0;
}
