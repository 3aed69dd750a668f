/**
 * The import report in words, line by line, in zh-CN or English: what `budget-kit import` prints and the
 * converter page shows. Pure (no files, no DOM).
 */
import { formatLocation, type ImportIssue } from './cells.js';
import type { ImportReport } from './import.js';
import type { Lang } from '../model/messages.js';
import { VOCABULARY } from '../model/vocabulary.js';

export const ISSUE_TEXT: Record<ImportIssue['code'], [string, string]> = {
  'amount.text': ['不是金额', 'not an amount'],
  'code.malformed': ['不是有效的科目编码', 'not a valid classification code'],
  'code.repeated': [
    '科目编码在本表中重复出现，名称或数字与前一行不同，未读取（科目编码是否缺了款、项？）',
    'a code printed again in this table, with another name or figure; not read (are its 款 and 项 missing?)',
  ],
  'table.unknown': ['未识别的表格', 'table not recognised'],
  'table.unknownLine': ['未识别的行', 'line not recognised'],
  'table.missingColumn': ['缺少列', 'missing column'],
  'table.missingUnit': ['没有单位行', 'no unit line'],
  'table.empty': ['空表', 'empty table'],
  'table.subtotalRow': ['小计行未读取（由明细相加）', 'subtotal row not read (the sum of its items)'],
  'figure.mismatch': ['与明细表不一致，未读取', 'differs from the detailed table; not read'],
  'figure.keptAsPrinted': [
    '与明细表不一致，按原表保存（核对报告列出差额）',
    'differs from the detailed table; kept as printed (the check lists the difference)',
  ],
  'name.former': ['是该类的旧称，已按同一类核对', 'is a former name of the 类; checked as that 类'],
  'figure.onlyInSummary': ['只见于收支总表，明细表中没有这一类，未读取', 'only in the summary table, with no such 类 in the detailed tables; not read'],
  'formula.noValue': [
    '是公式，但文件没有保存计算结果：请在 Excel 或 WPS 中打开、保存后再导入',
    'is a formula saved without its result: open and save the file in Excel or WPS, then import again',
  ],
  'sheet.hidden': ['是隐藏的工作表，已照常读取', 'is a hidden sheet; it was read as usual'],
  'sheet.hiddenSkipped': ['是隐藏的工作表，不是标准表，未读取', 'is a hidden sheet and no standard table; not read'],
  'rows.hidden': ['有隐藏的行，已照常读取', 'has hidden rows; they were read as usual'],
  'sheet.contents': ['是目录，不含数据', 'is the table of contents; nothing to read'],
  'document.incomplete': ['文档缺少', 'the document lacks'],
  'document.missingTables': ['决算缺少必须公开的表', 'the final account lacks tables it must publish'],
};

/** Only these leave the JSON complete; every other item is data not read (a gap, and a failure with --strict). */
export const INFORMATIONAL = new Set<ImportIssue['code']>([
  'table.empty',
  'sheet.hidden',
  'sheet.hiddenSkipped',
  'rows.hidden',
  'sheet.contents',
  'name.former',
  'figure.keptAsPrinted',
]);

/** Text from the document, quoted as far as a reader needs to find it (a hostile 40 MB cell is not a 40 MB line). */
export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export type Recognized = ImportReport['recognized'][number];

/** A table's state: every figure read (✓), some (⚠), none of those it publishes (✗), or derived from the others (·). */
export function tableMark(r: Recognized): '✓' | '⚠' | '✗' | '·' {
  if (!r.kept && r.imported && !r.derived) return '✗';
  if (r.derived || !r.imported) return '·';
  if (r.forms) return r.forms.read === r.forms.present ? '✓' : r.forms.read + r.forms.partial === 0 ? '✗' : '⚠';
  const f = r.figures;
  if (!f || f.read === f.present) return '✓';
  return f.read === 0 ? '✗' : '⚠';
}

/** The places of a table's unread figures, grouped: whole columns by their label, the rest by row. */
function unreadPlaces(r: Recognized, lang: Lang): string {
  const f = r.figures!;
  const zh = lang === 'zh-CN';
  const byColumn = new Map<number, typeof f.unread>();
  for (const u of f.unread) byColumn.set(u.column, [...(byColumn.get(u.column) ?? []), u]);
  const parts: string[] = [];
  const rows = new Map<number, number>();
  for (const [column, cells] of byColumn) {
    if (cells.length > 2)
      parts.push(
        zh ? `第 ${column} 列「${clip(cells[0]!.label, 30)}」${cells.length} 个` : `column ${column} “${clip(cells[0]!.label, 30)}” (${cells.length})`,
      );
    else for (const c of cells) rows.set(c.row, (rows.get(c.row) ?? 0) + 1);
  }
  for (const [row, n] of [...rows].sort((a, b) => a[0] - b[0]).slice(0, 12)) parts.push(zh ? `第 ${row} 行 ${n} 个` : `row ${row} (${n})`);
  if (rows.size > 12) parts.push(zh ? `另 ${rows.size - 12} 行` : `${rows.size - 12} more rows`);
  return parts.join(zh ? '、' : ', ');
}

export function tableLine(r: Recognized, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const mark = tableMark(r);
  const f = r.figures;
  const forms = r.forms;
  const count = f
    ? zh
      ? `${f.read}/${f.present} 个数字`
      : `${f.read}/${f.present} figures`
    : forms
      ? zh
        ? `${forms.read}/${forms.present} 个项目${forms.partial ? `（另 ${forms.partial} 个只读出一部分）` : ''}`
        : `${forms.read}/${forms.present} projects${forms.partial ? ` (${forms.partial} more read in part)` : ''}`
      : '';
  let status: string;
  if (r.derived)
    status = zh
      ? `${VOCABULARY['zh-CN'].derivedTable}${f?.present ? `（${f.present} 个数字）` : ''}`
      : `${VOCABULARY.en.derivedTable}${f?.present ? ` (${f.present} figures)` : ''}`;
  else if (!r.imported) status = zh ? `未导入（${VOCABULARY['zh-CN'].tableNotRead}）` : `not imported (${VOCABULARY.en.tableNotRead})`;
  else if (!r.kept)
    status = zh ? `${count ? `${count}，` : ''}未导入（没有生成 JSON，见文末）` : `${count ? `${count}, ` : ''}not imported (no JSON written, see the end)`;
  else if (mark === '✓') status = zh ? `${count ? `${count}，` : ''}已导入` : `${count ? `${count}, ` : ''}imported`;
  else if (!f)
    status = zh
      ? `${count}${mark === '✗' ? '，未能读取（见下文 ✗ 行）' : '，已导入；未读取的见下文 ✗ 行'}`
      : `${count}${mark === '✗' ? ', not read (see the ✗ lines below)' : ' imported; what was not read is in the ✗ lines below'}`;
  else status = zh ? `${count}已导入；未读取：${unreadPlaces(r, lang)}` : `${count} imported; not read: ${unreadPlaces(r, lang)}`;
  return `  ${mark} ${clip(r.title, 120)} [${r.kind}] ${r.rows} ${zh ? `行，${status}` : `rows, ${status}`}\n`;
}

export function issueLine(i: ImportIssue, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const [zhText, enText] = ISSUE_TEXT[i.code];
  const mark = INFORMATIONAL.has(i.code) ? '·' : '✗';
  const quoted = i.text ? clip(i.text, 80) : '';
  const text = quoted ? (zh ? `：“${quoted}”` : `: “${quoted}”`) : '';
  const detail = i.detail ? (zh ? `（${clip(i.detail, 200)}）` : ` (${clip(i.detail, 200)})`) : '';
  return `  ${mark} ${formatLocation(i.location, lang)} ${zh ? zhText : enText}${text}${detail}\n`;
}

/**
 * A report's totals: the figures read out of those published (tables the importer reads, derived ones
 * aside), the issues that are gaps, and the recognised tables not read.
 */
export function reportTotals(report: ImportReport): { present: number; read: number; failures: ImportIssue[]; notRead: Recognized[] } {
  const figures = report.recognized.filter((r) => r.imported && !r.derived && r.figures);
  return {
    present: figures.reduce((n, r) => n + r.figures!.present, 0),
    read: figures.reduce((n, r) => n + r.figures!.read, 0),
    failures: report.issues.filter((i) => !INFORMATIONAL.has(i.code)),
    notRead: report.recognized.filter((r) => !r.imported && !r.derived),
  };
}
