import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import type { Lang } from '../i18n/messages.js';
import { formatLocation, type ImportIssue } from '../import/cells.js';
import type { Cell } from '../import/columns.js';
import { DocxError, readDocx } from '../import/docx.js';
import { importFromDocx, importFromSheets, type ImportResult } from '../import/import.js';
import { readPrintedDecimals, withPrintedDecimals } from '../import/xlsx-decimals.js';
import { checkBudget } from '../model/parse.js';

interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const ISSUE_TEXT: Record<ImportIssue['code'], [string, string]> = {
  'amount.text': ['不是金额', 'not an amount'],
  'code.malformed': ['不是有效的科目编码', 'not a valid classification code'],
  'table.unknown': ['未识别的表格', 'table not recognised'],
  'table.unknownLine': ['未识别的行', 'line not recognised'],
  'table.missingColumn': ['缺少列', 'missing column'],
  'table.missingUnit': ['没有单位行', 'no unit line'],
  'table.empty': ['空表', 'empty table'],
  'document.incomplete': ['文档缺少', 'the document lacks'],
};

/** Only these leave the JSON complete; every other item is data not read (a failure with --strict). */
const INFORMATIONAL = new Set<ImportIssue['code']>(['table.empty']);

/** Each sheet's numbers with the decimals their cell formats print (371514655 → "371514655.00"). */
function printed(bytes: Uint8Array, sheets: Array<{ sheet: string; data: Cell[][] }>): Array<{ sheet: string; data: Cell[][] }> {
  const decimals = readPrintedDecimals(bytes);
  return sheets.map((s) => ({ sheet: s.sheet, data: withPrintedDecimals(s.data, decimals.get(s.sheet)) }));
}

/** `budget-kit import`: a .docx or .xlsx disclosure to a standard budget JSON, with a report. */
export async function importFile(file: string, out: string | undefined, strict: boolean, lang: Lang, io: IO): Promise<number> {
  const zh = lang === 'zh-CN';
  const ext = extname(file).toLowerCase();
  if (ext !== '.docx' && ext !== '.xlsx') {
    io.err(zh ? `${file}：只能导入 .docx 或 .xlsx 文件\n` : `${file}: only .docx and .xlsx files can be imported\n`);
    return 2;
  }
  let result: ImportResult;
  try {
    const bytes = await readFile(file);
    result =
      ext === '.docx'
        ? importFromDocx(readDocx(new Uint8Array(bytes)))
        : importFromSheets(printed(new Uint8Array(bytes), (await readExcelFile(bytes)) as unknown as Array<{ sheet: string; data: Cell[][] }>));
  } catch (err) {
    const why = err instanceof DocxError || err instanceof Error ? err.message : String(err);
    io.err(`${file}: ${zh ? '无法读取：' : 'cannot read: '}${why}\n`);
    return 1;
  }
  const { document, report } = result;
  io.out(zh ? `${file}：识别出 ${report.recognized.length} 张表\n` : `${file}: ${report.recognized.length} tables recognised\n`);
  for (const r of report.recognized) {
    const why = zh ? (r.kind === 'fiscalSummary' ? '由其他表推导，不单独读取' : '暂不读取此类表') : r.note;
    const status = r.imported ? (zh ? '已导入' : 'imported') : zh ? `未导入（${why}）` : `not imported (${why})`;
    io.out(`  ✓ ${r.title} [${r.kind}] ${r.rows} ${zh ? `行，${status}` : `rows, ${status}`}\n`);
  }
  const n = report.narrative;
  if (n) {
    io.out(
      zh
        ? `  ✓ 情况说明：${n.sections} 节文字，比上年增减 ${n.changes} 项，机关运行经费明细 ${n.operatingCostItems} 项，整体绩效目标 ${n.goals} 项（从其“绩效指标”文字读出 ${n.proseIndicators} 个指标，原文保留），保障措施 ${n.measures} 条，名词解释 ${n.glossary} 条\n`
        : `  ✓ Written part: ${n.sections} sections of text, ${n.changes} year-on-year changes, ${n.operatingCostItems} 机关运行经费 items, ${n.goals} department goals (${n.proseIndicators} indicators read from their wording, which is kept), ${n.measures} measures, ${n.glossary} glossary entries\n`,
    );
  }
  for (const field of report.absent) {
    io.out(zh ? `  · 文件中没有 ${field}（所属地区），需要时请在 JSON 中补上\n` : `  · The document does not state ${field} (the region); add it to the JSON if needed\n`);
  }
  const failures = report.issues.filter((i) => !INFORMATIONAL.has(i.code));
  const notRead = report.recognized.filter((r) => !r.imported && r.kind !== 'fiscalSummary');
  for (const i of report.issues) {
    const [zhText, enText] = ISSUE_TEXT[i.code];
    const mark = INFORMATIONAL.has(i.code) ? '·' : '✗';
    const text = i.text ? (zh ? `：“${i.text}”` : `: “${i.text}”`) : '';
    const detail = i.detail ? (zh ? `（${i.detail}）` : ` (${i.detail})`) : '';
    io.out(`  ${mark} ${formatLocation(i.location, lang)} ${zh ? zhText : enText}${text}${detail}\n`);
  }
  if (!document) {
    io.err(zh ? '没有生成 JSON：缺少收支总表、编制部门、预算年度或单位。\n' : 'No JSON written: the 收支总表, department, year or unit is missing.\n');
    return 1;
  }
  const checked = checkBudget(document);
  if (!checked.ok) {
    for (const e of checked.errors.slice(0, 20)) io.err(`  ${e.path}: ${e.message[lang]}\n`);
    io.err(zh ? '生成的 JSON 未通过校验，没有写出。\n' : 'The JSON does not validate; nothing written.\n');
    return 1;
  }
  const rec = checked.reconciliation!;
  io.out(
    zh
      ? `  勾稽核对 ${rec.checks} 项：${rec.warnings} 个警告，${rec.notes} 个舍位提示\n`
      : `  ${rec.checks} reconciliation checks: ${rec.warnings} warnings, ${rec.notes} rounding notes\n`,
  );
  for (const f of rec.findings) io.out(`  ${f.severity === 'note' ? (zh ? '提示' : 'note') : zh ? '警告' : 'warning'}    ${f.message[lang]}\n`);
  if (strict && (failures.length || notRead.length)) {
    io.err(zh ? `--strict：${failures.length} 处未能读取，${notRead.length} 张表未导入；没有写出。\n` : `--strict: ${failures.length} items not read, ${notRead.length} tables not imported; nothing written.\n`);
    return 1;
  }
  const path = out ?? join(dirname(file), `${basename(file, extname(file))}.json`);
  await writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
  io.out(`${path}\n`);
  return 0;
}
