/**
 * `budget-kit catalog DIR`: the catalog of a folder of standard budget JSON files (src/model/catalog.ts,
 * docs/catalog.md). Every `*.json` of the folder is checked as `budget-kit validate` checks it; the valid
 * ones are grouped by region, year and phase, and each group becomes one catalog whose departments point at
 * their files by relative URLs. Output follows the rules of output.ts: never an input file, a folder or a
 * device; an existing file only when it is a catalog (or with --force).
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { isUnitDocument } from '../model/document-parts.js';
import { CATALOG_VERSION, parseCatalog, type Catalog, type CatalogDepartment, type CatalogEdition, headlineOf } from '../model/catalog.js';
import { LIMITS } from '../model/limits.js';
import { msg, type Lang } from '../model/messages.js';
import { convert, formatAmount, money, UNIT_WORDS_EN } from '../model/money.js';
import { checkBudget } from '../model/parse.js';
import { checkScope, checkVerdict } from '../model/reconcile.js';
import type { AmountUnit, DecimalString, Phase } from '../model/types.js';
import { InputError, OutputError, readInput, writeOutput } from './output.js';

interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface CatalogOptions {
  /** The catalog file (one group), or the folder of the catalogs (several); default DIR/catalog.json or DIR. */
  out?: string;
  /** The region of the files whose meta does not name one. */
  region?: string;
  /** The unit of the catalog's figures. */
  unit: AmountUnit;
  force: boolean;
  json: boolean;
  lang: Lang;
}

/** Exit codes: every file is in a catalog; nothing was written; usage; a catalog was written but some files are not in one. */
export const CATALOG_EXIT = { complete: 0, nothing: 1, usage: 2, partial: 3 } as const;

/** Bytes of an existing catalog budget-kit reads to recognise it as its own (100,000 departments fit). */
const OWN_CATALOG_BYTES = 64 * 1024 * 1024;

interface Problem {
  path: string;
  code: string;
  message: string;
}

/** What one file of the folder gave. */
interface FileEntry {
  name: string;
  file: string;
  /** It is itself a catalog: not read as a budget. */
  skipped?: boolean;
  /** Valid against the standard (warnings allowed). */
  ok: boolean;
  /** In a catalog that was written. */
  listed: boolean;
  errors: Problem[];
  /** How many errors there were in all (the list stops at a few hundred). */
  errorCount: number;
  warnings: number;
  /** Why it is left out, in words (the rest of its line). */
  reason?: string;
  budget?: {
    department: string;
    code?: string;
    region?: { name: string; code?: string };
    year: number;
    phase: Phase;
    /** The total in the catalog's unit, for the eye ("15,621.11万元"). */
    shown: string;
    headline: ReturnType<typeof headlineOf>;
    /** A unit's own budget (单位预算), which its department's budget also holds. */
    unitBudget: boolean;
  };
  reconciliation?: { checks: number; warnings: number; notes: number; questions: number; verdict: string; scope: string };
  catalog?: string;
}

interface Group {
  region: string;
  regionCode?: string;
  year: number;
  phase: Phase;
  files: FileEntry[];
  path?: string;
  catalog?: Catalog;
  written?: boolean;
  error?: string;
}

const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
const phaseWord = (phase: Phase, lang: Lang) => (phase === 'final' ? say(lang, '决算', 'final account') : say(lang, '预算', 'budget'));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A file path as a URL path relative to a folder: posix separators, and each segment escaped where a URL
 * would read it otherwise (`%`, `#`, `?`; a first segment with a colon would read as a scheme).
 */
export function relativeUrl(fromDir: string, file: string): string {
  const segments = relative(fromDir, file).split(sep);
  const url = segments.map((s) => s.replace(/[%#?\\]/g, (c) => encodeURIComponent(c))).join('/');
  return segments[0]!.includes(':') ? `./${url}` : url;
}

/** Whether the file at `path` is a catalog (what this command writes): JSON with catalogVersion and departments. */
async function isCatalogJson(path: string): Promise<boolean> {
  try {
    const value: unknown = JSON.parse((await readInput(path, OWN_CATALOG_BYTES, 'en')).replace(/^\uFEFF/, ''));
    return isRecord(value) && typeof value.catalogVersion === 'string' && Array.isArray(value.departments);
  } catch {
    return false;
  }
}

/** An amount in the catalog's unit with two decimals, or every digit where two would show a figure that is not zero as zero. */
function glance(value: DecimalString, from: AmountUnit, to: AmountUnit, lang: Lang): string {
  const tiny = convert(value, from, to).toFixed(2) === '0.00' && !money(value).isZero();
  return formatAmount(value, { from, to, withUnit: true, lang, ...(tiny ? { exact: true } : { decimals: 2 }) });
}

/** Reads and checks one file of the folder. */
async function readEntry(dir: string, name: string, opts: CatalogOptions, inputs: Array<{ dev: number; ino: number; name: string }>): Promise<FileEntry> {
  const { lang } = opts;
  const file = join(dir, name);
  const entry: FileEntry = { name, file, ok: false, listed: false, errors: [], errorCount: 0, warnings: 0 };
  // Every file read is an input the command must never write over, except a catalog (its own output).
  const st = await stat(file).catch(() => undefined);
  const input = st ? { dev: st.dev, ino: st.ino, name } : undefined;
  let text: string;
  try {
    if (input) inputs.push(input);
    text = await readInput(file, LIMITS.fileBytes, lang);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    entry.errors.push({ path: '$', code: err.code, message: err.message });
    entry.errorCount = 1;
    entry.reason = err.message;
    return entry;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    entry.errors.push({ path: '$', code: 'parse.json', message: msg('parse.json', lang, { detail }) });
    entry.errorCount = 1;
    entry.reason = say(lang, `无法读取：${entry.errors[0]!.message}`, `cannot read: ${entry.errors[0]!.message}`);
    return entry;
  }
  if (isRecord(value) && 'catalogVersion' in value) {
    if (input) inputs.splice(inputs.indexOf(input), 1);
    entry.skipped = true;
    entry.reason = say(lang, '这是一个目录文件（有 catalogVersion），跳过', 'skipped: it is a catalog (it has catalogVersion)');
    return entry;
  }
  const r = checkBudget(value);
  entry.warnings = r.warnings.length;
  entry.errors = r.errors.map((e) => ({ path: e.path, code: e.code, message: e.message[lang] }));
  entry.errorCount = r.errorCount;
  if (!r.ok || !r.document) {
    const first = entry.errors[0]!;
    const more = r.errorCount - 1;
    entry.reason = say(
      lang,
      `不符合标准：${first.path}：${first.message}${more ? `（另有 ${more} 个错误）` : ''}`,
      `not valid against the standard: ${first.path}: ${first.message}${more ? ` (+${more} more)` : ''}`,
    );
    return entry;
  }
  entry.ok = true;
  const doc = r.document;
  const rec = r.reconciliation!;
  entry.reconciliation = {
    checks: rec.checks,
    warnings: rec.warnings,
    notes: rec.notes,
    questions: rec.questions,
    verdict: checkVerdict(rec, lang),
    scope: checkScope(rec, lang),
  };
  const region = doc.meta.region ?? (opts.region ? { name: opts.region } : undefined);
  entry.budget = {
    department: doc.meta.department.name,
    ...(doc.meta.department.code ? { code: doc.meta.department.code } : {}),
    ...(region ? { region: { name: region.name, ...(region.code ? { code: region.code } : {}) } } : {}),
    year: doc.meta.fiscalYear,
    phase: doc.meta.phase,
    shown: glance(doc.expenditure.total, doc.meta.unit, opts.unit, lang),
    headline: headlineOf(doc, opts.unit),
    unitBudget: isUnitDocument(doc.meta),
  };
  if (!region) {
    entry.errors.push({ path: '$.meta.region', code: 'catalog.noRegion', message: say(lang, '文件没有所属地区', 'the file names no region') });
    entry.reason = say(lang, '没有所属地区（meta.region）：请用 --region 指定', 'no region (meta.region): give --region');
  }
  return entry;
}

/** The line of one file. */
function fileLine(e: FileEntry, lang: Lang): string {
  if (e.skipped) return `· ${e.name}  ${e.reason}\n`;
  const b = e.budget;
  const what = b ? `  ${b.department} ${b.year} ${phaseWord(b.phase, lang)}` : '';
  if (e.reason) return `✗ ${e.name}${what}  ${e.reason}\n`;
  const rec = e.reconciliation!;
  const warned = e.warnings ? say(lang, `（${e.warnings} 个校验警告）`, ` (${e.warnings} validation warning${e.warnings > 1 ? 's' : ''})`) : '';
  return say(
    lang,
    `✓ ${e.name}${what}  支出 ${b!.shown}  符合标准${warned}；勾稽核对 ${rec.checks} 项：${rec.verdict}\n`,
    `✓ ${e.name}${what}  expenditure ${b!.shown}  valid${warned}; ${rec.checks} reconciliation checks: ${rec.verdict}\n`,
  );
}

const PHASES: Phase[] = ['budget', 'final'];
const byEdition = (a: { year: number; phase: Phase }, b: { year: number; phase: Phase }) =>
  a.year - b.year || PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase);

/** The valid files in groups of one region, year and phase, in order of year, phase and region. */
function groupFiles(entries: FileEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of entries) {
    const b = e.budget;
    if (e.reason || !b?.region) continue;
    const key = JSON.stringify([b.region.name, b.year, b.phase]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { region: b.region.name, year: b.year, phase: b.phase, files: [] }));
    g.files.push(e);
  }
  for (const g of groups.values()) {
    // The code the files that state one agree on (a file of --region states none).
    const codes = new Set(g.files.map((e) => e.budget!.region?.code).filter((c): c is string => c !== undefined));
    if (codes.size === 1) g.regionCode = [...codes][0];
  }
  return [...groups.values()].sort((a, b) => byEdition(a, b) || a.region.localeCompare(b.region, 'zh-CN'));
}

/** File names of several catalogs: catalog-YEAR-PHASE.json, with the region's code (or its number) where two regions share a year and phase. */
function catalogNames(groups: Group[]): string[] {
  return groups.map((g) => {
    const peers = groups.filter((o) => o.year === g.year && o.phase === g.phase);
    const stem = `catalog-${g.year}-${g.phase}`;
    if (peers.length === 1) return `${stem}.json`;
    const codeIsUnique = g.regionCode !== undefined && peers.filter((o) => o.regionCode === g.regionCode).length === 1;
    return `${stem}-${codeIsUnique ? g.regionCode : peers.indexOf(g) + 1}.json`;
  });
}

/** The catalog of a group, written at `g.path`; departments the catalog check refuses are left out, with the reason on their file's line. */
function buildCatalog(g: Group, groups: Group[], unit: AmountUnit, lang: Lang): void {
  const folder = dirname(g.path!);
  const codes = new Map<string, FileEntry>();
  let rows: Array<{ entry: FileEntry; department: CatalogDepartment }> = [];
  for (const e of g.files) {
    const b = e.budget!;
    if (b.code !== undefined) {
      const first = codes.get(b.code);
      if (first) {
        e.reason = say(
          lang,
          `部门编码“${b.code}”与 ${first.name} 相同，同一目录只能列出一次`,
          `department code "${b.code}" is also that of ${first.name}; a catalog lists it once`,
        );
        continue;
      }
      codes.set(b.code, e);
    }
    const { total, fiscal, categories } = b.headline;
    const department: CatalogDepartment = {
      name: b.department,
      ...(b.code !== undefined ? { code: b.code } : {}),
      src: relativeUrl(folder, e.file),
      ...(b.unitBudget ? { unitBudget: true } : {}),
      ...(total !== undefined ? { total } : {}),
      ...(fiscal !== undefined ? { fiscal } : {}),
      ...(categories.length ? { categories } : {}),
    };
    rows.push({ entry: e, department });
  }
  rows.sort((a, b) => a.department.name.localeCompare(b.department.name, 'zh-CN') || (a.department.src < b.department.src ? -1 : 1));
  const editions: CatalogEdition[] = groups
    .filter((o) => o !== g && o.region === g.region)
    .map((o) => ({ year: o.year, phase: o.phase, src: relativeUrl(folder, o.path!) }));
  const make = (): Catalog => ({
    catalogVersion: CATALOG_VERSION,
    region: { name: g.region, ...(g.regionCode ? { code: g.regionCode } : {}) },
    year: g.year,
    phase: g.phase,
    unit,
    title: `${g.region}${g.year}年部门${g.phase === 'final' ? '决算' : '预算'}`,
    departments: rows.map((r) => r.department),
    ...(editions.length ? { editions } : {}),
  });
  // The command checks what it writes as a reader will: a department the check refuses (a name too long
  // for a catalog, say) is left out with the reason on its file's line, and the rest is checked again.
  for (;;) {
    const { issues } = parseCatalog(make());
    if (!issues.length) {
      g.catalog = make();
      return;
    }
    const global = issues.find((i) => i.code !== 'catalog.more' && !/^\$\.departments\[\d+\]/.test(i.path));
    if (global) {
      g.error = `${global.path}: ${global.message[lang]}`;
      return;
    }
    const refused = new Map<number, string>();
    for (const i of issues) {
      const m = /^\$\.departments\[(\d+)\]\.?/.exec(i.path);
      if (m && !refused.has(Number(m[1]))) refused.set(Number(m[1]), `${i.path.slice(m[0].length) || 'department'}: ${i.message[lang]}`);
    }
    if (!refused.size) {
      g.error = `${issues[0]!.path}: ${issues[0]!.message[lang]}`;
      return;
    }
    for (const [index, why] of refused) rows[index]!.entry.reason = say(lang, `不能列入目录：${why}`, `cannot be listed: ${why}`);
    rows = rows.filter((_, index) => !refused.has(index));
  }
}

/** A folder for several catalogs: an existing one, or one made (with its parents). */
async function prepareCatalogFolder(dir: string, lang: Lang): Promise<void> {
  const st = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new OutputError(say(lang, `无法写入 ${dir}：${err.message}`, `cannot write ${dir}: ${err.message}`));
  });
  if (st?.isDirectory()) return;
  if (st)
    throw new OutputError(
      say(
        lang,
        `不能写入 ${dir}：要写出多个目录文件，-o 须是文件夹，而它不是`,
        `will not write into ${dir}: several catalogs need a folder for -o, and this is not one`,
      ),
    );
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new OutputError(say(lang, `无法创建文件夹 ${dir}：${(err as Error).message}`, `cannot create the folder ${dir}: ${(err as Error).message}`));
  }
}

/** Writes one catalog: never over an input file; over an existing file only when it is a catalog, or with --force. */
async function writeCatalog(g: Group, dir: string, opts: CatalogOptions, inputs: Array<{ dev: number; ino: number; name: string }>): Promise<void> {
  const path = g.path!;
  const { lang, force } = opts;
  const st = await stat(path).catch(() => undefined);
  if (st) {
    const input = inputs.find((i) => i.dev === st.dev && i.ino === st.ino);
    if (input)
      throw new OutputError(
        say(
          lang,
          `不能写入 ${path}：它是本次读取的文件 ${input.name}，写出会毁掉它；请用 -o 另选输出路径`,
          `will not write ${path}: it is ${input.name}, one of the files read, which would be lost; choose another path with -o`,
        ),
      );
    if (st.isFile() && !force && !(await isCatalogJson(path)))
      throw new OutputError(
        say(
          lang,
          `不能覆盖 ${path}：该文件已存在，且不是 budget-kit 写出的目录文件；确要替换请加 --force`,
          `will not overwrite ${path}: it exists and is not a catalog written by budget-kit; add --force to replace it`,
        ),
      );
  }
  // The rest of the rules (not a folder, a device, a read-only file; written whole or not at all) are output.ts's.
  await writeOutput(path, `${JSON.stringify(g.catalog, null, 2)}\n`, { input: dir, force, lang, kind: 'json', ours: isCatalogJson });
}

/** `budget-kit catalog DIR`: prints a line per file and per catalog (or one JSON object); returns the exit code. */
export async function catalogFolder(dir: string, opts: CatalogOptions, io: IO): Promise<number> {
  const { lang } = opts;
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) {
    io.err(
      say(lang, `${dir}：不是文件夹（catalog 读取一个文件夹中的全部 .json 文件）\n`, `${dir}: not a folder (catalog reads every .json file of a folder)\n`),
    );
    return CATALOG_EXIT.nothing;
  }
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.')).sort();
  const inputs: Array<{ dev: number; ino: number; name: string }> = [];
  const entries: FileEntry[] = [];
  for (const name of names) entries.push(await readEntry(dir, name, opts, inputs));

  const groups = groupFiles(entries);
  let folderProblem: string | undefined;
  if (groups.length === 1) {
    const out = opts.out;
    const outIsFolder = out !== undefined && (out.endsWith('/') || out.endsWith(sep) || (await stat(out).catch(() => undefined))?.isDirectory());
    groups[0]!.path = out === undefined ? join(dir, 'catalog.json') : outIsFolder ? join(out, 'catalog.json') : out;
    if (outIsFolder) await prepareCatalogFolder(out!, lang).catch((err: unknown) => (folderProblem = err instanceof OutputError ? err.message : String(err)));
  } else if (groups.length > 1) {
    const folder = opts.out ?? dir;
    if (opts.out !== undefined && /\.json$/i.test(opts.out) && !(await stat(opts.out).catch(() => undefined))?.isDirectory()) {
      folderProblem = say(
        lang,
        `不能写入 ${opts.out}：这些文件分属 ${groups.length} 个目录（地区、年度、预算或决算），-o 须是文件夹`,
        `will not write ${opts.out}: the files make ${groups.length} catalogs (by region, year and phase), so -o must be a folder`,
      );
    } else {
      try {
        await prepareCatalogFolder(folder, lang);
      } catch (err) {
        if (!(err instanceof OutputError)) throw err;
        folderProblem = err.message;
      }
    }
    catalogNames(groups).forEach((name, i) => (groups[i]!.path = join(folder, name)));
  }
  if (!folderProblem) for (const g of groups) buildCatalog(g, groups, opts.unit, lang);

  if (!opts.json) for (const e of entries) io.out(fileLine(e, lang));
  for (const g of groups) {
    if (folderProblem) g.error = folderProblem;
    if (!g.catalog) continue;
    try {
      await writeCatalog(g, dir, opts, inputs);
      g.written = true;
      for (const e of g.files) if (!e.reason) Object.assign(e, { listed: true, catalog: g.path });
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      g.error = err.message;
    }
  }
  const written = groups.filter((g) => g.written);
  const read = entries.filter((e) => !e.skipped);
  const left = read.filter((e) => !e.listed);
  const exit = !written.length ? CATALOG_EXIT.nothing : left.length ? CATALOG_EXIT.partial : CATALOG_EXIT.complete;

  if (opts.json) {
    io.out(
      `${JSON.stringify(
        {
          catalogs: groups.map((g) => ({
            file: g.path,
            region: g.region,
            ...(g.regionCode ? { regionCode: g.regionCode } : {}),
            year: g.year,
            phase: g.phase,
            departments: g.catalog?.departments.length ?? 0,
            editions: g.catalog?.editions?.length ?? 0,
            written: g.written === true,
            ...(g.error ? { error: g.error } : {}),
          })),
          files: entries.map((e) => ({
            file: e.name,
            ...(e.skipped ? { skipped: true } : {}),
            ok: e.ok,
            listed: e.listed,
            ...(e.catalog ? { catalog: e.catalog } : {}),
            ...(e.reason && !e.skipped ? { reason: e.reason } : {}),
            errors: e.errors,
            errorCount: e.errorCount,
            warnings: e.warnings,
            ...(e.budget
              ? {
                  department: e.budget.department,
                  ...(e.budget.code ? { code: e.budget.code } : {}),
                  year: e.budget.year,
                  phase: e.budget.phase,
                  region: e.budget.region?.name,
                }
              : {}),
            ...(e.reconciliation ? { reconciliation: e.reconciliation } : {}),
          })),
          exit,
        },
        null,
        2,
      )}\n`,
    );
    return exit;
  }
  if (!names.length) io.err(say(lang, `${dir}：文件夹中没有 .json 文件\n`, `${dir}: the folder has no .json files\n`));
  else if (!groups.length) io.err(say(lang, '没有可列入目录的文件，没有写出目录。\n', 'No file can be listed; no catalog written.\n'));
  if (folderProblem) io.err(`${folderProblem}\n`);
  else
    for (const g of groups) {
      const what = `${g.region} ${g.year} ${phaseWord(g.phase, lang)}`;
      if (g.written) {
        const n = g.catalog!.departments.length;
        const others = g.catalog!.editions?.length ?? 0;
        io.out(
          say(
            lang,
            `已写出 ${g.path}：${what}，${n} 个部门，金额单位 ${opts.unit}${others ? `，链接同一地区的其他 ${others} 个目录` : ''}\n`,
            `Wrote ${g.path}: ${what}, ${n} department${n === 1 ? '' : 's'}, figures in ${UNIT_WORDS_EN[opts.unit].name}${others ? `, linking ${others} other catalog${others === 1 ? '' : 's'} of the region` : ''}\n`,
          ),
        );
      } else {
        io.err(say(lang, `没有写出 ${what} 的目录：${g.error ?? ''}\n`, `No catalog written for ${what}: ${g.error ?? ''}\n`));
      }
    }
  if (left.length)
    io.out(say(lang, `未列入目录：${left.map((e) => basename(e.name)).join(', ')}\n`, `Not in any catalog: ${left.map((e) => basename(e.name)).join(', ')}\n`));
  else if (read.length)
    io.out(say(lang, `全部 ${read.length} 个文件已列入目录。\n`, `All ${read.length} file${read.length === 1 ? ' is' : 's are'} in a catalog.\n`));
  return exit;
}
