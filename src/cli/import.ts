import { createReadStream } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Lang } from '../model/messages.js';
import { formatLocation, type ImportIssue } from '../import/cells.js';
import { ImportInputError } from '../import/archive.js';
import type { ImportResult } from '../import/import.js';
import { readDisclosure } from '../import/read.js';
import { LIMITS } from '../model/limits.js';
import { tableSpec } from '../model/tables/index.js';
import { VOCABULARY } from '../model/vocabulary.js';
import { checkBudget } from '../model/parse.js';
import { isBudgetJson, OutputError, writeOutput } from './output.js';

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

/** A kind whose figures come from the other tables (its spec says so): not read, and no failure under --strict. */
const derived = (kind: string) => tableSpec(kind)?.import?.derived === true;

/** Text from the document, quoted as far as a reader needs to find it (a hostile 40 MB cell is not a 40 MB line). */
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `budget-kit import`: a .docx or .xlsx disclosure to a standard budget JSON, with a report. */
export async function importFile(file: string, out: string | undefined, strict: boolean, lang: Lang, io: IO, force = false): Promise<number> {
  const zh = lang === 'zh-CN';
  const ext = extname(file).toLowerCase();
  if (ext !== '.docx' && ext !== '.xlsx') {
    io.err(zh ? `${file}：只能导入 .docx 或 .xlsx 文件\n` : `${file}: only .docx and .xlsx files can be imported\n`);
    return 2;
  }
  let result: ImportResult;
  try {
    // At most one byte past the import limit is read: a larger file is refused without being read whole.
    const chunks: Buffer[] = [];
    for await (const chunk of createReadStream(file, { end: LIMITS.importFileBytes })) chunks.push(chunk as Buffer);
    result = await readDisclosure(Buffer.concat(chunks), ext);
  } catch (err) {
    // One line: the typed refusal in the chosen language, or any other error's message (never a stack).
    const why = err instanceof ImportInputError ? (zh ? err.zh : err.en) : err instanceof Error ? err.message : String(err);
    io.err(zh ? `${file}：无法读取：${why.replace(/\s*\n\s*/g, ' ')}\n` : `${file}: cannot read: ${why.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
  const { document, report } = result;
  io.out(zh ? `${file}：识别出 ${report.recognized.length} 张表\n` : `${file}: ${report.recognized.length} tables recognised\n`);
  for (const r of report.recognized) {
    const why = zh ? (derived(r.kind) ? VOCABULARY['zh-CN'].derivedTable : VOCABULARY['zh-CN'].tableNotRead) : r.note;
    const status = r.imported ? (zh ? '已导入' : 'imported') : zh ? `未导入（${why}）` : `not imported (${why})`;
    io.out(`  ✓ ${clip(r.title, 120)} [${r.kind}] ${r.rows} ${zh ? `行，${status}` : `rows, ${status}`}\n`);
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
    io.out(
      zh
        ? `  · 文件中没有 ${field}（所属地区），需要时请在 JSON 中补上\n`
        : `  · The document does not state ${field} (the region); add it to the JSON if needed\n`,
    );
  }
  const failures = report.issues.filter((i) => !INFORMATIONAL.has(i.code));
  const notRead = report.recognized.filter((r) => !r.imported && !derived(r.kind));
  for (const i of report.issues) {
    const [zhText, enText] = ISSUE_TEXT[i.code];
    const mark = INFORMATIONAL.has(i.code) ? '·' : '✗';
    const quoted = i.text ? clip(i.text, 80) : '';
    const text = quoted ? (zh ? `：“${quoted}”` : `: “${quoted}”`) : '';
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
    io.err(
      zh
        ? `--strict：${failures.length} 处未能读取，${notRead.length} 张表未导入；没有写出。\n`
        : `--strict: ${failures.length} items not read, ${notRead.length} tables not imported; nothing written.\n`,
    );
    return 1;
  }
  const path = out ?? join(dirname(file), `${basename(file, extname(file))}.json`);
  // Never the input itself, a folder or a device; an existing file only when it is a budget JSON, or with --force.
  try {
    await writeOutput(path, `${JSON.stringify(document, null, 2)}\n`, { input: file, force, lang, kind: 'json', ours: isBudgetJson });
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.err(`${err.message}\n`);
    return 1;
  }
  io.out(`${path}\n`);
  return 0;
}
