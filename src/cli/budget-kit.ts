import { resolveLang, type Lang } from '../model/messages.js';
import { LIMITS } from '../model/limits.js';
import { checkBudget, type CheckResult } from '../model/parse.js';
import { byWeight, checkScope, noteCounts } from '../model/reconcile.js';
import { isUnit } from '../model/money.js';
import type { AmountUnit } from '../model/types.js';
import { catalogFolder } from './catalog.js';
import { exportTables, type ExportFormat } from './export.js';
import { importFile } from './import.js';
import { InputError, NAME_BYTES, readInput, severityWord } from './output.js';

const USAGE = `Usage: budget-kit validate FILE… [--json] [--lang zh-CN|en]
       budget-kit export FILE.json --format csv|xlsx [-o OUT] [--force] [--lang zh-CN|en]
       budget-kit import FILE.pdf|FILE.docx|FILE.xlsx|DIR [-o OUT.json|OUTDIR] [--strict] [--force] [--json] [--lang zh-CN|en]
       budget-kit catalog DIR [-o OUT] [--region NAME] [--unit 元|万元|亿元] [--force] [--json] [--lang zh-CN|en]

  validate   Check budget JSON files against the standard and reconcile their figures.
             Prints errors, warnings and rounding notes per file; exits 1 when any file has errors.
             A file over ${LIMITS.fileBytes / 1024 / 1024} MB is not read.
  export     Write the standard tables of a valid budget JSON for spreadsheets:
             csv   one CSV per table (UTF-8 with BOM) in the folder OUT (default: FILE-tables/),
                   each named from its table's number and title, cut to ${NAME_BYTES} bytes
             xlsx  one workbook, a sheet per table (default OUT: FILE.xlsx)
  import     Read the standard tables of a disclosure (.pdf, .docx) or a workbook (.xlsx, one sheet per table;
             its sheets of words become the written part) into a standard budget JSON (default OUT:
             FILE.json), with a report per table of the figures read out of those published, what was
             not read, and where. A folder imports every .pdf/.docx/.xlsx in it into OUTDIR (default: the
             folder), one report per file, then a line per file. Exit 0: every figure imported;
             3: a JSON was written with gaps; 1: nothing written. --strict writes nothing (exit 1)
             when anything was not read. .xls/.et/.wps/.doc files get the fix (save as .xlsx/.docx).
  catalog    List a folder's budget JSON files in a catalog (schema/catalog.schema.json): each *.json of
             DIR (not its subfolders; catalogs skipped) is validated and reconciled as by validate, with one
             line per file; the valid ones are grouped by region, year and phase. One group is written to
             OUT (default: DIR/catalog.json); several to the folder OUT (default: DIR), one
             catalog-YEAR-PHASE.json each, linking the others. Exit 0: every file listed; 3: a catalog
             was written, some files are not in it (named on the last line); 1: nothing written.
  --region   The region of the files whose meta.region is absent (catalog).
  --unit     The unit of the catalog's figures, restated exactly (default: 万元).
  -o, --out  Where to write. Never the input file itself. An existing file is replaced only when
             budget-kit wrote it (a budget JSON; a workbook or CSV from export, unchanged since);
             anything else needs --force. A folder, a device or a pipe is never written over.
  --force    Replace an existing file that budget-kit did not write.
  --json     Machine-readable output (one JSON object with a result per file).
  --lang     Language of the messages and headers (default: zh-CN, or en when LANG starts with en).
`;

interface FileReport {
  file: string;
  ok: boolean;
  errors: Array<{ path: string; code: string; message: string }>;
  warnings: Array<{ path: string; code: string; message: string }>;
  reconciliation?: {
    checks: number;
    notes: number;
    warnings: number;
    questions: number;
    /** Of the notes, those that are rounding (the others are remarks worth knowing, such as a 类's former name). */
    roundingNotes: number;
    /** Figures of the written part: stated, and checked against the tables. */
    text: { figures: number; checked: number };
    /** What was checked and what could not be, in words. */
    scope: string;
    findings: Array<{
      severity: string;
      rule: string;
      ruleId: string;
      path: string;
      published: string;
      computed: string;
      difference: string;
      unit: string;
      message: string;
    }>;
    /** Findings about the written part that are not amount against amount (a percentage, a name, a rise from 0). */
    remarks: Array<{ severity: string; rule: string; ruleId: string; path: string; quote: string; message: string }>;
  };
}

function report(file: string, r: CheckResult, lang: Lang): FileReport {
  const issue = (i: CheckResult['errors'][number]) => ({ path: i.path, code: i.code, message: i.message[lang] });
  const out: FileReport = { file, ok: r.ok, errors: r.errors.map(issue), warnings: r.warnings.map(issue) };
  if (r.reconciliation) {
    const rec = r.reconciliation;
    out.reconciliation = {
      checks: rec.checks,
      notes: rec.notes,
      warnings: rec.warnings,
      questions: rec.questions,
      roundingNotes: noteCounts(rec).rounding,
      text: rec.text,
      scope: checkScope(rec, lang),
      findings: rec.findings.map((f) => ({
        severity: f.severity,
        rule: f.rule,
        ruleId: f.ruleId,
        path: f.path,
        published: f.published,
        computed: f.computed,
        difference: f.difference,
        unit: f.unit,
        message: f.message[lang],
      })),
      remarks: rec.remarks.map((r) => ({ severity: r.severity, rule: r.rule, ruleId: r.ruleId, path: r.path, quote: r.quote, message: r.message[lang] })),
    };
  }
  return out;
}

function printText(r: FileReport, lang: Lang, write: (s: string) => void): void {
  const zh = lang === 'zh-CN';
  const rec = r.reconciliation;
  // Never a bare "passed": valid, and what the checks found (of what they could check; the scope line says what).
  const status = !r.ok ? (zh ? '错误' : 'ERRORS') : rec?.warnings ? (zh ? '有警告' : 'WARNINGS') : zh ? '有效' : 'VALID';
  write(`${r.file}: ${status}\n`);
  for (const e of r.errors) write(`  ${zh ? '错误' : 'error'}   ${e.path}: ${e.message}\n`);
  for (const w of r.warnings) write(`  ${zh ? '警告' : 'warning'} ${w.path}: ${w.message}\n`);
  if (rec) {
    for (const f of byWeight([...rec.findings, ...rec.remarks] as Array<{ severity: 'note' | 'warning' | 'question'; message: string; ruleId: string }>))
      write(`  ${severityWord(f.severity, lang)}    ${f.message}${zh ? `（${f.ruleId}）` : ` (${f.ruleId})`}\n`);
    write(
      zh
        ? `  勾稽核对 ${rec.checks} 项：${rec.warnings} 个警告，${rec.roundingNotes} 个舍位提示${rec.notes > rec.roundingNotes ? `，${rec.notes - rec.roundingNotes} 个提示` : ''}${rec.questions ? `，${rec.questions} 处需向部门核实` : ''}\n`
        : `  ${rec.checks} reconciliation checks: ${rec.warnings} warnings, ${rec.roundingNotes} rounding notes${rec.notes > rec.roundingNotes ? `, ${rec.notes - rec.roundingNotes} notes` : ''}${rec.questions ? `, ${rec.questions} to ask the department about` : ''}\n`,
    );
    write(zh ? `  核对范围：${rec.scope}\n` : `  Scope: ${rec.scope}\n`);
  }
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }): Promise<number> {
  const args = [...argv];
  let json = false;
  let lang = resolveLang(process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN');
  let format: string | undefined;
  let out: string | undefined;
  let strict = false;
  let force = false;
  let region: string | undefined;
  let unit: string | undefined;
  const files: string[] = [];
  let command: string | undefined;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--json') json = true;
    else if (a === '--lang') lang = resolveLang(args.shift());
    else if (a.startsWith('--lang=')) lang = resolveLang(a.slice(7));
    else if (a === '--format') format = args.shift();
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '-o' || a === '--out') out = args.shift();
    else if (a === '--strict') strict = true;
    else if (a === '--force') force = true;
    else if (a === '--region') region = args.shift();
    else if (a.startsWith('--region=')) region = a.slice(9);
    else if (a === '--unit') unit = args.shift();
    else if (a.startsWith('--unit=')) unit = a.slice(7);
    else if (a === '-h' || a === '--help') {
      io.out(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      io.err(`unknown option ${a}\n\n${USAGE}`);
      return 2;
    } else if (!command) command = a;
    else files.push(a);
  }
  if (command === 'export') {
    if (files.length !== 1 || (format !== 'csv' && format !== 'xlsx')) {
      io.err(`${lang === 'en' ? 'export takes one FILE.json and --format csv or xlsx' : 'export 需要一个 JSON 文件和 --format csv 或 xlsx'}\n\n${USAGE}`);
      return 2;
    }
    return exportTables(files[0]!, format as ExportFormat, out, lang, io, { force });
  }
  if (command === 'import') {
    if (files.length !== 1) {
      io.err(USAGE);
      return 2;
    }
    return importFile(files[0]!, out, { strict, lang, force, json }, io);
  }
  if (command === 'catalog') {
    if (files.length !== 1 || (unit !== undefined && !isUnit(unit)) || region === '') {
      io.err(
        `${lang === 'en' ? 'catalog takes one folder DIR; --unit is 元, 万元 or 亿元; --region a name' : 'catalog 需要一个文件夹 DIR；--unit 为 元、万元 或 亿元；--region 为地区名称'}\n\n${USAGE}`,
      );
      return 2;
    }
    return catalogFolder(files[0]!, { out, region, unit: (unit ?? '万元') as AmountUnit, force, json, lang }, io);
  }
  if (command !== 'validate' || files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readInput(file, LIMITS.fileBytes, lang);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      reports.push({ file, ok: false, errors: [{ path: '$', code: err.code, message: err.message }], warnings: [] });
      continue;
    }
    reports.push(report(file, checkBudget(text), lang));
  }
  if (json) io.out(`${JSON.stringify({ files: reports }, null, 2)}\n`);
  else for (const r of reports) printText(r, lang, io.out);
  return reports.every((r) => r.ok) ? 0 : 1;
}
