import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Lang } from '../model/messages.js';
import { ImportInputError } from '../import/archive.js';
import type { ImportResult } from '../import/import.js';
import { INFORMATIONAL, ISSUE_TEXT, issueLine, reportTotals, tableLine, tableMark } from '../import/report.js';
import { IMPORT_EXTENSIONS, readDisclosure, type ImportExtension } from '../import/read.js';
import { LIMITS } from '../model/limits.js';
import { checkBudget } from '../model/parse.js';
import { byWeight, checkScope, noteCounts } from '../model/reconcile.js';
import { isBudgetJson, OutputError, prepareFolder, severityWord, writeOutput } from './output.js';

interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface ImportOptions {
  strict: boolean;
  lang: Lang;
  force: boolean;
  /** Print the report as data (one JSON object) instead of text. */
  json: boolean;
}

/**
 * Exit codes of `budget-kit import`: every published figure is in the JSON; nothing was written; a JSON
 * was written, but something the document publishes is not in it (the report says what and where).
 */
export const EXIT = { complete: 0, nothing: 1, usage: 2, gaps: 3 } as const;

/** What one file gave: its exit code, what was written, and the counts for the summary line. */
export interface FileOutcome {
  file: string;
  exit: number;
  output?: string;
  /** Figures read / published over every table of figures. */
  read: number;
  present: number;
  /** The one sentence that says why (in the chosen language). */
  verdict: string;
  /** The report as data (for --json). */
  data: Record<string, unknown>;
}

/** Reads the file within the import limit (one byte past it at most: a larger file is refused unread). */
async function readBytes(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { end: LIMITS.importFileBytes })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const isImportable = (file: string): boolean => (IMPORT_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

/** `budget-kit import FILE`: a disclosure to a standard budget JSON, with a report (as text on `io.out`, or as data in the outcome). */
export async function importOne(file: string, out: string | undefined, opts: ImportOptions, io: IO): Promise<FileOutcome> {
  const { lang, strict, force } = opts;
  const zh = lang === 'zh-CN';
  const say = opts.json ? () => {} : io.out;
  const fail = (verdict: string, exit: number = EXIT.nothing, extra: Record<string, unknown> = {}): FileOutcome => {
    if (!opts.json) io.err(`${verdict}\n`);
    return { file, exit, read: 0, present: 0, verdict, data: { file, exit, verdict, ...extra } };
  };
  const ext = extname(file).toLowerCase();
  if (!isImportable(file)) {
    return fail(
      zh
        ? `${file}：只能导入 .docx、.xlsx 或 .pdf 文件（WPS 的 .et/.wps 请另存为 .xlsx/.docx）`
        : `${file}: only .docx, .xlsx and .pdf files can be imported (save WPS .et/.wps files as .xlsx/.docx)`,
      EXIT.usage,
    );
  }
  let result: ImportResult;
  try {
    result = await readDisclosure(await readBytes(file), ext as ImportExtension);
  } catch (err) {
    // One line: the typed refusal in the chosen language, or any other error's message (never a stack).
    const why = (err instanceof ImportInputError ? (zh ? err.zh : err.en) : err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');
    return fail(zh ? `${file}：无法读取：${why}` : `${file}: cannot read: ${why}`);
  }
  const { document, report } = result;
  const { present, read, failures, notRead } = reportTotals(report);
  say(zh ? `${file}：识别出 ${report.recognized.length} 张表\n` : `${file}: ${report.recognized.length} tables recognised\n`);
  for (const r of report.recognized) say(tableLine(r, lang));
  const n = report.narrative;
  if (n) {
    say(
      zh
        ? `  ✓ 情况说明：${n.sections} 节文字，比上年增减 ${n.changes} 项，机关运行经费明细 ${n.operatingCostItems} 项，整体绩效目标 ${n.goals} 项（从其“绩效指标”文字读出 ${n.proseIndicators} 个指标，原文保留），保障措施 ${n.measures} 条，名词解释 ${n.glossary} 条；从文字读出：财政拨款支出主要内容 ${n.expenditureNotes} 项，政府采购 ${n.procurementFigures} 个数字，国有资产 ${n.assetFigures} 个数字，机构设置 ${n.organizationUnits} 个单位，分季度用款计划 ${n.quarterlyPlans} 个\n`
        : `  ✓ Written part: ${n.sections} sections of text, ${n.changes} year-on-year changes, ${n.operatingCostItems} 机关运行经费 items, ${n.goals} department goals (${n.proseIndicators} indicators read from their wording, which is kept), ${n.measures} measures, ${n.glossary} glossary entries; read from the text: ${n.expenditureNotes} expenditure lines, ${n.procurementFigures} procurement figures, ${n.assetFigures} asset figures, ${n.organizationUnits} units of the organization, ${n.quarterlyPlans} quarterly plans\n`,
    );
    const f = report.final;
    if (f)
      say(
        zh
          ? `  ✓ 决算说明：从文字读出预算与决算对比 ${f.budgetExecution} 项，绩效自评${f.selfEvaluation ? ' 1 段' : '：无'}，政府采购授予中小企业 ${f.awards} 个数字\n`
          : `  ✓ Final account text: ${f.budgetExecution} budget-against-actual statements, ${f.selfEvaluation ? 'the' : 'no'} self-evaluation, ${f.awards} procurement award figures\n`,
      );
    if (n.repeatedParagraphs)
      say(
        zh
          ? `  · 情况说明中有 ${n.repeatedParagraphs} 段与紧接其前的几段逐字重复，只保留一份\n`
          : `  · ${n.repeatedParagraphs} paragraphs of the written part repeat, word for word, the ones just before them; one copy is kept\n`,
      );
  }
  if (report.clippedText) {
    const { runs, pages } = report.clippedText;
    say(
      zh
        ? `  · PDF 第 ${pages.join('、')} 页的文字层中有 ${runs} 段文字被裁切、页面上看不到，未读入\n`
        : `  · ${runs} runs of text in the PDF's text layer on page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} are clipped, not shown on the page; they are not read\n`,
    );
  }
  for (const field of report.absent) {
    say(
      zh
        ? `  · 文件中没有 ${field}（所属地区），需要时请在 JSON 中补上\n`
        : `  · The document does not state ${field} (the region); add it to the JSON if needed\n`,
    );
  }
  for (const i of report.issues) say(issueLine(i, lang));
  const unreadFigures = present - read;
  const data: Record<string, unknown> = {
    file,
    tables: report.recognized.map((r) => ({ ...r, status: tableMark(r) })),
    issues: report.issues.map((i) => ({ ...i, severity: INFORMATIONAL.has(i.code) ? 'info' : 'gap', message: ISSUE_TEXT[i.code][zh ? 0 : 1] })),
    figures: { read, present },
    ...(report.narrative ? { narrative: report.narrative } : {}),
    absent: report.absent,
  };
  if (!document) {
    const lacks = report.issues
      .filter((i) => i.code === 'document.incomplete')
      .map((i) => `${i.text}${i.detail ? (zh ? `（「${i.location.table}」${i.detail}）` : ` (“${i.location.table}”: ${i.detail})`) : ''}`)
      .join('、');
    const all = report.recognized.reduce((k, r) => k + (r.figures?.present ?? 0), 0);
    const blank = report.recognized.length > 0 && all === 0;
    const verdict = blank
      ? zh
        ? `没有生成 JSON：识别出的 ${report.recognized.length} 张表里没有一个数字（是未填写的模板吗？）。`
        : `No JSON written: ${report.recognized.length === 1 ? 'the table recognised holds' : `the ${report.recognized.length} tables recognised hold`} no figure at all (is it a template not filled in yet?).`
      : zh
        ? `没有生成 JSON：文档缺少${lacks || '收支总表'}。`
        : `No JSON written: the document lacks ${lacks || 'the 收支总表'}.`;
    return fail(verdict, EXIT.nothing, data);
  }
  const checked = checkBudget(document);
  if (!checked.ok) {
    if (!opts.json) for (const e of checked.errors.slice(0, 20)) io.err(`  ${e.path}: ${e.message[lang]}\n`);
    return fail(zh ? '生成的 JSON 未通过校验，没有写出。' : 'The JSON does not validate; nothing written.', EXIT.nothing, data);
  }
  const rec = checked.reconciliation!;
  const notes = noteCounts(rec);
  say(
    zh
      ? `  勾稽核对 ${rec.checks} 项：${rec.warnings} 个警告，${notes.rounding} 个舍位提示${notes.info ? `，${notes.info} 个提示` : ''}${rec.questions ? `，${rec.questions} 处需向部门核实` : ''}\n`
      : `  ${rec.checks} reconciliation checks: ${rec.warnings} warnings, ${notes.rounding} rounding notes${notes.info ? `, ${notes.info} notes` : ''}${rec.questions ? `, ${rec.questions} to ask the department about` : ''}\n`,
  );
  for (const f of byWeight([...rec.findings, ...rec.remarks]))
    say(`  ${severityWord(f.severity, lang)}    ${f.message[lang]}${zh ? `（${f.ruleId}）` : ` (${f.ruleId})`}\n`);
  say(zh ? `  核对范围：${checkScope(rec, lang)}\n` : `  Scope: ${checkScope(rec, lang)}\n`);
  data.reconciliation = {
    checks: rec.checks,
    warnings: rec.warnings,
    notes: rec.notes,
    questions: rec.questions,
    text: rec.text,
    scope: checkScope(rec, lang),
    findings: [...rec.findings, ...rec.remarks].map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message[lang] })),
  };
  const gaps = failures.length > 0 || notRead.length > 0 || unreadFigures > 0;
  const gapText = zh
    ? `${unreadFigures ? `${unreadFigures} 个数字未导入，` : ''}${failures.length} 处未能读取${notRead.length ? `，${notRead.length} 张表未导入` : ''}`
    : `${unreadFigures ? `${unreadFigures} figures not imported, ` : ''}${failures.length} items not read${notRead.length ? `, ${notRead.length} tables not imported` : ''}`;
  if (strict && gaps) return fail(zh ? `--strict：${gapText}；没有写出。` : `--strict: ${gapText}; nothing written.`, EXIT.nothing, data);
  const path = out ?? join(dirname(file), `${basename(file, extname(file))}.json`);
  // Never the input itself, a folder or a device; an existing file only when it is a budget JSON, or with --force.
  try {
    await writeOutput(path, `${JSON.stringify(document, null, 2)}\n`, { input: file, force, lang, kind: 'json', ours: isBudgetJson });
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    return fail(err.message, EXIT.nothing, data);
  }
  const verdict = gaps
    ? zh
      ? `已写出 ${path}，但不完整：${gapText}（见上文 ⚠ 与 ✗ 行）。`
      : `Wrote ${path}, with gaps: ${gapText} (see the ⚠ and ✗ lines above).`
    : zh
      ? `已写出 ${path}：${present} 个数字全部导入。`
      : `Wrote ${path}: all ${present} figures imported.`;
  say(`${verdict}\n`);
  const exit = gaps ? EXIT.gaps : EXIT.complete;
  return { file, exit, output: path, read, present, verdict, data: { ...data, exit, output: path, verdict } };
}

/** `budget-kit import FILE|DIR`: one file, or every .docx/.xlsx/.xls/.et/.wps of a folder into OUTDIR. */
export async function importFile(target: string, out: string | undefined, opts: ImportOptions, io: IO): Promise<number> {
  const zh = opts.lang === 'zh-CN';
  const st = await stat(target).catch(() => undefined);
  if (!st?.isDirectory()) {
    const outcome = await importOne(target, out, opts, io);
    if (opts.json) io.out(`${JSON.stringify(outcome.data, null, 2)}\n`);
    return outcome.exit;
  }
  const names = (await readdir(target)).filter((n) => isImportable(n) && !n.startsWith('~$')).sort();
  const outDir = out ?? target;
  try {
    await prepareFolder(outDir, target, opts.lang, 'import');
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.err(`${err.message}\n`);
    return EXIT.nothing;
  }
  if (!names.length) {
    io.err(zh ? `${target}：文件夹中没有 .pdf、.docx 或 .xlsx 文件\n` : `${target}: the folder has no .pdf, .docx or .xlsx files\n`);
    return EXIT.nothing;
  }
  const outcomes: FileOutcome[] = [];
  for (const [i, name] of names.entries()) {
    io.err(zh ? `[${i + 1}/${names.length}] ${name}\n` : `[${i + 1}/${names.length}] ${name}\n`);
    const file = join(target, name);
    outcomes.push(await importOne(file, join(outDir, `${basename(name, extname(name))}.json`), opts, io));
    if (!opts.json) io.out('\n');
  }
  const worst = outcomes.some((o) => o.exit === EXIT.nothing || o.exit === EXIT.usage)
    ? EXIT.nothing
    : outcomes.some((o) => o.exit === EXIT.gaps)
      ? EXIT.gaps
      : EXIT.complete;
  if (opts.json) {
    io.out(`${JSON.stringify({ files: outcomes.map((o) => o.data), exit: worst }, null, 2)}\n`);
    return worst;
  }
  const done = outcomes.filter((o) => o.exit === EXIT.complete).length;
  const partial = outcomes.filter((o) => o.exit === EXIT.gaps).length;
  io.out(
    zh
      ? `汇总：${outcomes.length} 个文件，${done} 个完整，${partial} 个不完整，${outcomes.length - done - partial} 个没有生成 JSON\n`
      : `Summary: ${outcomes.length} files, ${done} complete, ${partial} with gaps, ${outcomes.length - done - partial} without JSON\n`,
  );
  for (const o of outcomes) {
    const mark = o.exit === EXIT.complete ? '✓' : o.exit === EXIT.gaps ? '⚠' : '✗';
    const counts = o.present ? (zh ? `（${o.read}/${o.present} 个数字）` : ` (${o.read}/${o.present} figures)`) : '';
    io.out(
      `  ${mark} ${basename(o.file)}${o.output ? ` → ${o.output}` : ''}${counts}${o.exit === EXIT.complete ? '' : zh ? `：${o.verdict}` : `: ${o.verdict}`}\n`,
    );
  }
  return worst;
}
