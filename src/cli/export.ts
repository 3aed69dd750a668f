import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import type { Lang } from '../i18n/messages.js';
import { toCSV } from '../model/csv.js';
import { tableFileName, tableGrid, type Grid } from '../model/export.js';
import { checkBudget } from '../model/parse.js';
import { standardTables } from '../model/tables.js';

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

/** `budget-kit export`: the standard tables of a valid budget JSON as CSV files or one XLSX workbook. */
export async function exportTables(file: string, format: ExportFormat, out: string | undefined, lang: Lang, io: IO): Promise<number> {
  const zh = lang === 'zh-CN';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    io.err(`${file}: ${zh ? '无法读取文件：' : 'cannot read the file: '}${(err as Error).message}\n`);
    return 1;
  }
  const result = checkBudget(text);
  if (!result.document) {
    io.err(`${file}: ${zh ? '不是有效的标准预算 JSON，未导出：' : 'not a valid standard budget JSON; nothing exported:'}\n`);
    for (const e of result.errors.slice(0, 20)) io.err(`  ${e.path}: ${e.message[lang]}\n`);
    return 1;
  }
  const tables = standardTables(result.document);
  const stem = join(dirname(file), basename(file, extname(file)));
  if (format === 'csv') {
    const dir = out ?? `${stem}-tables`;
    await mkdir(dir, { recursive: true });
    for (const [i, table] of tables.entries()) {
      const path = join(dir, `${tableFileName(table, i)}.csv`);
      await writeFile(path, toCSV(tableGrid(table, lang, result.document.meta)));
      io.out(`${path}\n`);
    }
  } else {
    const path = out ?? `${stem}.xlsx`;
    const names = sheetNames(tables.map((t, i) => tableFileName(t, i)));
    const sheets = tables.map((table, i) => ({ data: sheetData(tableGrid(table, lang, result.document!.meta)), sheet: names[i]!, stickyRowsCount: 3 }));
    // write-excel-file's types describe one sheet or many with the same options; ours are many.
    await writeExcelFile(sheets as never).toFile(path);
    io.out(`${path}\n`);
  }
  io.out(zh ? `已导出 ${tables.length} 张标准表。\n` : `Exported ${tables.length} standard tables.\n`);
  return 0;
}
