/**
 * A disclosure's standard tables (from a .docx body or a workbook's sheets) to a standard budget JSON,
 * with a report of what was read, what was not, and where. Everything the JSON holds comes from the
 * document; what the document has that this importer does not read yet is listed, never dropped
 * silently. Pure: the command reads the files and writes the results.
 */
import { TABLE_SPECS, tableSpec } from '../model/tables/index.js';
import type { TableSpec } from '../model/tables/spec.js';
import {
  FISCAL_SOURCES,
  type Amounts,
  type AmountUnit,
  type Assets,
  type BudgetDocument,
  type DocumentPart,
  type Income,
  type TableKind,
  type TableLayout,
} from '../model/types.js';
import { VOCABULARY } from '../model/vocabulary.js';
import type { ImportIssue, Location } from './cells.js';
import { Money } from '../model/money.js';
import type { Block } from './docx.js';
import { extractFromDocx, extractFromSheets, isForm, publishedFigures, readLines, type Extraction, type ExtractedTable, type SheetInput } from './extract.js';
import { FUNCTIONAL_KINDS, readFunctional } from './functional.js';
import { amountColumns, headerLevels, mapColumns, phaseOfTitle } from './columns.js';
import { cell } from '../model/columns.js';
import { readNarrative } from './narrative.js';
import { readerOf, type ReadContext } from './readers.js';
import { readExpenditureNotes } from './narrative-facts.js';
import { printedLines, readSummary, type ExtraFigure } from './summary.js';
import { readFinalFiscalSummary } from './final.js';
import { readAwards, readExecution, readFinalNotes, readSelfEvaluation } from './final-text.js';
import { compact } from './titles.js';
import { DEFAULT_INCOME_LINES } from '../model/tables.js';
import { FORMER_CATEGORY_NAMES, FUNCTIONAL_CATEGORIES_2024 } from '../model/categories.js';
import { categoryLabel, categoryRows, ofPhase } from '../model/tables/derive.js';
import { parseProjectSummary } from '../model/rules/text.js';
import { partOfTable, placeOf, printedOrder, shownSections } from '../model/document-parts.js';

/** The figures of one table, counted: what it publishes and what of it went into the JSON. */
export interface FigureCount {
  /** Amount cells the table publishes. */
  present: number;
  /** Of those, the cells whose figure is in the JSON (read, or checked equal to a figure read elsewhere). */
  read: number;
  /** The cells not read, with their places in the source (1-based row and column of the table or sheet). */
  unread: Array<{ row: number; column: number; label: string; text: string }>;
}

export interface ImportReport {
  /**
   * Tables recognised, with what became of them: `imported` when the importer reads the kind, `figures`
   * for tables of figures (forms in words have none), `derived` for a table whose figures come from the others.
   */
  recognized: Array<{
    title: string;
    kind: string;
    rows: number;
    imported: boolean;
    /** False when no JSON came out: nothing of the table was kept. */
    kept: boolean;
    note?: string;
    figures?: FigureCount;
    /** For a table of forms (project performance tables): forms found, read whole, read in part. */
    forms?: { present: number; read: number; partial: number };
    derived?: boolean;
    location: Location;
  }>;
  /** Things that did not read: unknown tables, cells, missing columns … */
  issues: ImportIssue[];
  /** What the written part (情况说明) of a .docx gave, counted. */
  narrative?: {
    sections: number;
    glossary: number;
    goals: number;
    proseIndicators: number;
    measures: number;
    changes: number;
    operatingCostItems: number;
    /** Read from sentences since schema 1.2.0: 项 lines, quarterly plans, units of 机构设置, figures of the assets (counts and values), 政府采购 figures. */
    expenditureNotes: number;
    quarterlyPlans: number;
    organizationUnits: number;
    assetFigures: number;
    procurementFigures: number;
    /** Paragraphs left out because they repeat, word for word, the run just before them. */
    repeatedParagraphs: number;
  };
  /** Fields of the JSON that a disclosure does not state, for the webmaster to add by hand. */
  absent: string[];
  /** What a final account's written part gave besides (schema 1.3.0): budget-against-决算 statements, 绩效自评, procurement awards. */
  final?: { budgetExecution: number; selfEvaluation: boolean; awards: number };
  /** A PDF's text that its clipping path hides (not on the page, so not read): runs and pages. */
  clippedText?: { runs: number; pages: number[] };
}

export interface ImportResult {
  document?: BudgetDocument;
  report: ImportReport;
}

/** The figures of a table against what went into the JSON. */
function countFigures(t: ExtractedTable): FigureCount {
  const all = publishedFigures(t);
  const unread = all
    .filter((f) => !t.read.has(`${f.row},${f.column}`))
    .map((f) => ({ row: t.firstBodyRow + f.row, column: f.column + 1, label: t.header.labels[f.column] ?? '', text: t.body[f.row]![f.column]! }));
  return { present: all.length, read: all.length - unread.length, unread };
}

/** The importer reads the figures of a kind whose spec names or gives a reader. */
const imported = (spec: TableSpec | undefined) => spec?.import?.read !== undefined;

/** What the report says of a kind the importer does not read into the JSON. */
const notReadNote = (spec: TableSpec | undefined) => (spec?.import?.derived ? VOCABULARY.en.derivedTable : VOCABULARY.en.tableNotRead);

/** Rows of a recognised table, as its spec counts them (forms have no figures to tell header from body). */
function rowCount(t: ExtractedTable, spec: TableSpec | undefined): number {
  const rows = spec?.import?.rows ?? 'body';
  return rows === 'printed' ? t.raw.length : rows === 'printedBelowFirst' ? Math.max(0, t.raw.length - 1) : t.body.length;
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The 类 a summary line names: by the functional tables' names, the classification's, or a former name (医疗卫生与计划生育支出 is 210). */
function categoryCode(name: string, doc: BudgetDocument): string | undefined {
  const n = compact(name);
  return (
    doc.expenditure.functional.find((i) => i.code.length === 3 && compact(i.name) === n)?.code ??
    FUNCTIONAL_CATEGORIES_2024.find((c) => c.name === n)?.code ??
    Object.entries(FORMER_CATEGORY_NAMES).find(([, names]) => names.some((x) => x.name === n))?.[0]
  );
}

/**
 * A summary table's lines as printed (schema 1.2.0): the income lines' labels and the 类 lines, where they
 * differ from what the kit prints without them; a table that prints more empty 类 than filled ones prints
 * the classification (`allCategories`). Nothing is written where a line cannot be placed.
 */
function printedSummaryLines(t: ExtractedTable, layout: TableLayout, doc: BudgetDocument, printed: ReadonlyMap<string, Amounts>): void {
  const lines = printedLines(t);
  const emptyLines = t.body.filter(emptyCategoryRow).length;
  if (emptyLines > 0 && emptyLines >= (lines?.categories.length ?? 0) - emptyLines) layout.allCategories = true;
  if (!lines) return;
  const sources = t.kind === 'summary' ? (layout.incomeLines ?? DEFAULT_INCOME_LINES) : FISCAL_SOURCES;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => compact(x) === compact(b[i]!));
  if (
    same(
      lines.income.map((l) => l.key),
      sources,
    )
  ) {
    const labels = lines.income.map((l) => l.label);
    const own = tableSpec(t.kind)
      ?.derive?.(doc, layout)
      ?.rows.slice(0, labels.length)
      .map((r) => String(r.cells[0] ?? ''));
    if (!own || !same(labels, own)) layout.incomeLabels = labels;
  }
  const codes = lines.categories.map((c) => categoryCode(c.name, doc));
  if (lines.categories.length && codes.every((c) => c !== undefined)) {
    const asPrinted = lines.categories.map((c, i) => ({
      code: codes[i]!,
      label: c.label,
      ...(printed.has(codes[i]!) ? { amounts: printed.get(codes[i]!)! } : {}),
    }));
    const own = categoryRows(doc, layout).map((r, i) => ({ code: r.code, label: categoryLabel(r, i) }));
    const differs = own.length !== asPrinted.length || own.some((r, i) => r.code !== asPrinted[i]!.code || compact(r.label) !== compact(asPrinted[i]!.label));
    if (differs || printed.size) layout.categories = asPrinted;
  }
}

/** A 类 line ("八、社会保障和就业支出") on the expenditure side with no figure after it. */
function emptyCategoryRow(row: string[]): boolean {
  const i = row.findIndex((c, j) => j > 0 && /^[一二三四五六七八九十]+、.+支出$/.test(compact(c)));
  return i >= 0 && row.slice(i + 1).every((c) => !c.trim());
}

/** Kinds whose columns the kit knows by place, not by key: their headers as printed go into `headers`. */
const HEADED_BY_PLACE: readonly string[] = ['summary', 'fiscalSummary', 'threePublicAndOperatingCosts'];

/**
 * A table's headers as printed, where it prints the kit's columns under other words (本年收入 over 项目 |
 * 预算数; 2024年“三公”经费预算数): one per column, with the upper headers over it. Nothing where the count
 * or the shape of the headers differs from the kit's columns, or the words are the kit's.
 */
function printedHeaders(t: ExtractedTable, layout: TableLayout, doc: BudgetDocument): void {
  if (!HEADED_BY_PLACE.includes(t.kind)) return;
  const headers = t.header.labels.map((l) => headerLevels(compact(l)));
  const own = tableSpec(t.kind)?.derive?.(doc, layout)?.columns ?? [];
  const differs = headers.some(
    (h, i) => h.label !== own[i]?.label || (h.group ?? '') !== (own[i]?.group ?? '') || (h.subgroup ?? '') !== (own[i]?.subgroup ?? ''),
  );
  // Only the words may differ: a header read with another shape (a group lost over some columns) is not the table's.
  const sameShape = headers.every((h, i) => !!h.group === !!own[i]?.group && !!h.subgroup === !!own[i]?.subgroup);
  if (headers.length === own.length && headers.every((h) => h.label) && sameShape && differs) layout.headers = headers;
}

function layoutOf(t: ExtractedTable): TableLayout {
  const layout: TableLayout = { kind: t.kind as TableKind, title: t.title };
  if (t.number !== undefined) layout.number = t.number;
  if (t.unit) layout.unit = t.unit;
  if (t.note) layout.note = t.note;
  if (compact(t.header.labels[0] ?? '') === '序号') layout.serial = true;
  if (t.header.columnNumbers) layout.columnNumbers = true;
  const columns = printedColumns(t);
  if (columns) layout.columns = columns;
  if (totalPrintedLast(t)) layout.totalLast = true;
  return layout;
}

/** The 合计 row of a table of codes comes after its items (Shanghai), not before them (the national template). */
function totalPrintedLast(t: ExtractedTable): boolean {
  const isTotal = (row: string[]) => row.some((c) => /^(?:合计|总计)$/.test(compact(c)));
  const filled = t.body.filter((row) => row.some((c) => c.trim()));
  const at = filled.findIndex(isTotal);
  return at > 0 && at === filled.length - 1 && filled.slice(0, at).some((row) => row.some((c) => /^\d{3}/.test(compact(c))));
}

/**
 * The amount columns a functional table prints, with their printed labels and upper headers, where they are
 * not its kind's standard ones (a Shanghai 收入预算总表 prints 5 of the national template's 10, and calls one
 * 事业单位经营收入): the derived table then shows these, as printed.
 */
function printedColumns(t: ExtractedTable): TableLayout['columns'] {
  if (!FUNCTIONAL_KINDS.includes(t.kind)) return undefined;
  const wanted = amountColumns(t.kind, phaseOfTitle(t.title));
  const labels = t.header.labels.map((l) => compact(l));
  const { index } = mapColumns(labels, wanted, t.location);
  const found = wanted.filter((c) => index[c.key] !== undefined).sort((a, b) => index[a.key]! - index[b.key]!);
  // The kind's columns in the table's phase (a final account's fund tables print their carry-overs too).
  const standard = ofPhase(tableSpec(t.kind)?.columns ?? [], phaseOfTitle(t.title)).filter((c) => c.type === 'amount');
  const same =
    found.length === standard.length &&
    found.every((c, i) => {
      const spec = standard[i]!;
      // The same label under the same upper header (a fund table prints 一般公共预算支出 over its three).
      const parts = labels[index[c.key]!]!.split('·');
      const group = parts.slice(0, -1).join('·');
      return spec.key === c.key && parts.pop() === spec.label['zh-CN'] && group === (spec.group?.['zh-CN'] ?? '');
    });
  if (!found.length || same) return undefined;
  return found.map((c) => {
    const parts = labels[index[c.key]!]!.split('·').filter(Boolean);
    const label = parts.pop()!;
    return { key: c.key, label, ...(parts.length ? { group: parts.join('·') } : {}) };
  });
}

/**
 * A PDF's issue at a row says the page that row is printed on, and where on it (a table over five pages
 * is located at its first page until its row is known).
 */
function placeRows(tables: ExtractedTable[], issues: ImportIssue[]): void {
  for (const issue of issues) {
    const loc = issue.location;
    if (loc.row === undefined || loc.page === undefined || loc.box) continue;
    const table = tables.find((t) => t.rowPlaces && t.location.table === loc.table && t.location.page === loc.page);
    const place = table?.rowPlaces![loc.row - 1 - (table.rawOffset ?? 0)];
    if (place) issue.location = { ...loc, page: place.page, box: place.box };
  }
}

function assemble(
  extraction: Extraction,
  format: 'docx' | 'xlsx' | 'pdf',
  title?: string,
  written?: { blocks: Block[]; skip: Set<number>; headings?: ReadonlySet<number>; inner?: ReadonlySet<number> },
): ImportResult {
  const { tables } = extraction;
  // A final account (决算): its 收入决算表 is income by code, apart from what was spent (schema 1.3.0).
  const final = tables.some((t) => phaseOfTitle(t.title) === 'final');
  const issues = [...extraction.issues];
  const report: ImportReport = { recognized: [], issues, absent: ['meta.region'] };
  /** What became of each table; with no document, nothing of any table was kept. */
  const finishReport = (kept: boolean): void => {
    placeRows(tables, issues);
    report.recognized = tables.map((t) => {
      const spec = tableSpec(t.kind);
      if (!kept) t.read.clear();
      // A final account's own figures of a table a budget derives (its 财政拨款收入支出决算总表) are read.
      const readHere = final && spec?.import?.readInFinal === true;
      return {
        title: t.title,
        kind: t.kind,
        rows: rowCount(t, spec),
        imported: imported(spec) || readHere,
        kept,
        location: t.location,
        ...(imported(spec) || readHere ? {} : { note: notReadNote(spec) }),
        ...(spec?.import?.derived && !readHere ? { derived: true } : {}),
        ...(isForm(t.kind) ? {} : { figures: countFigures(t) }),
        ...(t.forms && kept ? { forms: t.forms } : {}),
      };
    });
  };
  const cover: Partial<ExtractedTable> = {};
  readLines(extraction.cover ?? [], cover);
  const find = (kind: string) => tables.find((t) => t.kind === kind);
  const summary = find('summary');
  // Without a 编制部门 line (a final account's tables print none), the headings name the department and year.
  // The document's title counts as one of them (a workbook's cover: "上海市普陀区某局2024年度部门决算").
  const named = namedInHeadings([...(title ? [{ type: 'paragraph' as const, text: title, index: -1 }] : []), ...(written?.blocks ?? [])]);
  const department = mostCommon(tables.map((t) => t.department).filter((d): d is string => !!d)) ?? cover.department ?? named.department;
  const year = mostCommon(tables.map((t) => t.year).filter((y): y is number => y !== undefined)) ?? cover.year ?? yearOf(title) ?? named.year;
  const unit = mostCommon(tables.map((t) => t.unit).filter((u): u is AmountUnit => !!u));
  if (!summary || !department || !year || !unit) {
    const missing = [!summary && '收支总表', !department && '编制部门', !year && '预算年度', !unit && '单位'].filter(Boolean).join('、');
    issues.push({ code: 'document.incomplete', location: { table: title ?? '' }, text: missing });
    finishReport(false);
    return { report };
  }
  const dept = /^(\d+)\s*(.+)$/.exec(department);
  // A final account publishes the nine tables of the template (部门决算公开: 收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表),
  // an empty one with its note: the ones not found are said, by their template names.
  if (final) {
    // A combined “三公”经费和机关运行经费 table is the 三公 table.
    const found = (kind: string) => tables.some((t) => t.kind === kind || (kind === 'threePublic' && t.kind === 'threePublicAndOperatingCosts'));
    const missing = TABLE_SPECS.filter((s) => s.nationalTemplate && !found(s.kind));
    if (missing.length)
      issues.push({
        code: 'document.missingTables',
        location: { table: title ?? '' },
        text: missing.map((s) => s.titles.wordings.shanghaiFinal?.[0] ?? s.title).join('、'),
      });
  }
  const s = readSummary(summary);
  issues.push(...s.issues);
  const f = readFunctional(final ? tables.filter((t) => t.kind !== 'income') : tables);
  issues.push(...f.issues);
  const fi = final ? readFunctional(tables.filter((t) => t.kind === 'income')) : undefined;
  if (fi) issues.push(...fi.issues);
  // The totals are published figures: without them there is no JSON (never a made-up 0). Where only the
  // year's total is printed (no carry-over lines), it is the total.
  const incomeTotal = s.income.total ?? s.income.bySource.currentYear;
  const expenditureTotal = s.expenditure.total ?? s.expenditure.currentYear;
  if (incomeTotal === undefined || expenditureTotal === undefined) {
    const missing = [incomeTotal === undefined && '收入总计', expenditureTotal === undefined && '支出总计'].filter(Boolean).join('、');
    // The cause, where it is that the summary's columns were not found (an empty template: no figure tells header from body).
    const columns = s.issues.filter((i) => i.code === 'table.missingColumn').map((i) => i.text);
    issues.push({
      code: 'document.incomplete',
      location: summary.location,
      text: missing,
      ...(columns.length ? { detail: `缺少列：${columns.join('、')}` } : {}),
    });
    finishReport(false);
    return { report };
  }
  // The summary's 类 lines repeat the functional tables: a line counts as read when it equals its 类 there.
  // A line under a 类's former name (医疗卫生与计划生育支出 for 210) is that 类, and the report says so.
  /**
   * A 类 line's figure in a further column (a unit budget's 人员经费 / 公用经费 / 项目支出): a split the
   * functional tables also give must agree with them; 人员经费 and 公用经费 by 类, which only this table
   * gives, go into the JSON. Either way the cell counts as read; a disagreement is said where it is.
   */
  const placeExtra = (e: ExtraFigure, amounts: Amounts, what: string): void => {
    const location = { ...summary.location, row: summary.firstBodyRow + e.row, column: e.column + 1 };
    const there = cell(amounts, e.key);
    if (there === undefined && e.key.startsWith('byCostKind.')) {
      amounts.byCostKind = { ...amounts.byCostKind, [e.key.slice('byCostKind.'.length)]: e.value };
      summary.read.add(`${e.row},${e.column}`);
    } else if (there !== undefined && sameFigure(there, e.value)) summary.read.add(`${e.row},${e.column}`);
    else issues.push({ code: 'figure.mismatch', location, text: e.value, ...(there !== undefined ? { detail: `${what} ${there}` } : {}) });
  };
  for (const e of s.totalExtra) placeExtra(e, f.functionalTotal, '合计');
  /** The summary's 类 lines that a final account prints with figures of their own, by code. */
  const summaryPrinted = new Map<string, Amounts>();
  for (const line of s.categoryLines) {
    const name = compact(line.name);
    const item =
      f.functional.find((i) => i.code.length === 3 && compact(i.name) === name) ??
      f.functional.find((i) => i.code.length === 3 && FORMER_CATEGORY_NAMES[i.code]?.some((n) => n.name === name));
    const there = item?.amounts.total;
    const location = { ...summary.location, row: summary.firstBodyRow + line.row, column: line.column + 1 };
    const former = item && compact(item.name) !== name ? FORMER_CATEGORY_NAMES[item.code]!.find((n) => n.name === name) : undefined;
    if (item) for (const e of line.extra) placeExtra(e, item.amounts, `${item.code} ${item.name}`);
    if (final && item && there !== undefined && !sameFigure(there, line.value)) {
      // A final account's line is a published figure of its own: kept as printed, and the check lists the difference.
      summaryPrinted.set(item.code, { total: line.value });
      summary.read.add(`${line.row},${line.column}`);
      issues.push({ code: 'figure.keptAsPrinted', location, text: `${line.name} ${line.value}`, detail: `${item.code} ${item.name} ${there}` });
    } else if (there !== undefined && sameFigure(there, line.value)) {
      summary.read.add(`${line.row},${line.column}`);
      if (former) issues.push({ code: 'name.former', location, text: line.name, detail: `${item!.code} ${item!.name}（${former.until} 年起）` });
    } else
      issues.push({
        code: item ? 'figure.mismatch' : 'figure.onlyInSummary',
        location,
        text: `${line.name} ${line.value}`,
        ...(there !== undefined ? { detail: `${item!.code} ${item!.name} ${there}` } : {}),
      });
  }
  const income: Income = {
    total: incomeTotal,
    bySource: s.income.bySource,
    ...(s.income.nonFiscalBalanceUsed !== undefined ? { nonFiscalBalanceUsed: s.income.nonFiscalBalanceUsed } : {}),
    ...(fi && (fi.functional.length || Object.keys(fi.functionalTotal).length) ? { functional: fi.functional, functionalTotal: fi.functionalTotal } : {}),
  };
  // The summary may print 财政拨款 only as its parts; the 收入总表's 合计 row gives it whole.
  const fiscal = (fi ?? f).functionalTotal.bySource?.fiscal;
  if (income.bySource.fiscal === undefined && fiscal !== undefined) income.bySource.fiscal = fiscal;
  const doc: BudgetDocument = {
    schemaVersion: final ? '1.3.0' : '1.2.0',
    meta: {
      ...(title ? { title } : {}),
      department: dept ? { name: dept[2]!.trim(), code: dept[1]! } : { name: department },
      fiscalYear: year,
      phase: final ? 'final' : 'budget',
      unit,
    },
    income,
    expenditure: {
      total: expenditureTotal,
      ...(s.expenditure.currentYear !== undefined ? { currentYear: s.expenditure.currentYear } : {}),
      ...(s.expenditure.carryForward !== undefined ? { carryForward: s.expenditure.carryForward } : {}),
      ...(s.expenditure.balanceDistribution !== undefined ? { balanceDistribution: s.expenditure.balanceDistribution } : {}),
      functionalTotal: f.functionalTotal,
      functional: f.functional,
    },
  };
  // Every other kind the importer reads, in the registry's order (the procurement table's reader takes
  // project codes from the project tables read before it).
  const ctx: ReadContext = { doc, unit, tables, issues };
  // A final account's 财政拨款收入支出决算总表 has figures of its own (a budget's is derived from the other tables).
  const fiscalTable = final ? find('fiscalSummary') : undefined;
  const fiscalPrinted = fiscalTable ? readFinalFiscalSummary(fiscalTable, doc, (name) => categoryCode(name, doc)) : undefined;
  if (fiscalPrinted) issues.push(...fiscalPrinted.issues);
  for (const spec of TABLE_SPECS) {
    const read = readerOf(spec.import?.read);
    const ofKind = tables.filter((t) => t.kind === spec.kind);
    if (read && ofKind.length) read(ofKind, ctx);
  }
  const assetsUnit = find('assets')?.unit ?? unit;
  // The parts in reading order: each written section the page shows, 名词解释, each table of a document of blocks.
  const sequence: Array<{ at: number; part: DocumentPart }> = [];
  for (const t of tables) if (t.block !== undefined) sequence.push({ at: t.block, part: partOfTable(t.kind) });
  if (written) {
    const n = readNarrative(written.blocks, extraction.consumed, written.skip, unit, written.headings, written.inner);
    if (n.title) doc.meta.source = { title: n.title, format };
    if (n.narrative.length) doc.narrative = n.narrative;
    if (n.glossary) doc.glossary = n.glossary;
    if (n.performance) doc.performance = n.performance;
    if (n.changes) doc.changes = n.changes;
    // 绩效目标设置情况: not every project publishes targets, and the text says how many do.
    for (const section of n.narrative) {
      const text = section.paragraphs.find((para) => parseProjectSummary(para));
      const summary = text && parseProjectSummary(text);
      if (!summary) continue;
      doc.projectSummary = {
        count: summary.count,
        ...(summary.total !== undefined ? { total: summary.total } : {}),
        ...(summary.unit && summary.unit !== unit ? { unit: summary.unit } : {}),
        text: summary.sentence.slice(0, 2000),
      };
      break;
    }
    const oc = n.operatingCosts;
    if (oc) {
      const economic = doc.expenditure.economic?.items ?? [];
      const items = oc.items.map((i) => {
        const code = economic.find((e) => e.name === i.name)?.code;
        return code ? { ...i, economicCode: code } : i;
      });
      const ocUnit = doc.operatingCosts?.unit ?? unit;
      // A table's 机关运行经费 wins; the sentence's breakdown joins it when both say the same total.
      if (!doc.operatingCosts && oc.total !== undefined)
        doc.operatingCosts = { total: oc.total, ...(oc.unit !== unit ? { unit: oc.unit } : {}), ...(items.length ? { items } : {}) };
      else if (doc.operatingCosts && oc.total === doc.operatingCosts.total && oc.unit === ocUnit && items.length) doc.operatingCosts.items = items;
    }
    if (n.assets && n.assets.unit === assetsUnit) {
      doc.assets ??= assetsUnit !== unit ? { unit: assetsUnit } : {};
      if (n.assets.fixedAssetsValue !== undefined) doc.assets.fixedAssetsValue = n.assets.fixedAssetsValue;
      if (n.assets.plannedPurchaseValue !== undefined) doc.assets.plannedPurchaseValue = n.assets.plannedPurchaseValue;
    }
    // What the standard wording states in sentences (schema 1.2.0); a table's figures win where both give them.
    if (n.procurement) {
      const pr = (doc.procurement ??= n.procurement.unit !== unit ? { unit: n.procurement.unit } : {});
      const prUnit = pr.unit ?? unit;
      if (!pr.summary && prUnit === n.procurement.unit) pr.summary = n.procurement.summary;
    }
    const at = n.assetsText;
    if (at) {
      const a = (doc.assets ??= {});
      const hadItems = (a.items?.length ?? 0) > 0;
      if (at.asOf && !a.asOf) a.asOf = at.asOf;
      if (!hadItems && at.items) {
        const textUnit = at.unit ?? unit;
        if (textUnit !== (a.unit ?? unit) && a.fixedAssetsValue === undefined && a.plannedPurchaseValue === undefined) a.unit = textUnit;
        if (textUnit === (a.unit ?? unit)) a.items = at.items;
      }
      for (const key of ['vehicles', 'vehicleClasses', 'plannedVehicles', 'plannedVehicleClasses', 'plannedItems'] as const) {
        if (at[key] !== undefined && a[key] === undefined) (a as Record<string, unknown>)[key] = at[key];
      }
      if (at.title && !a.title) a.title = at.title;
      if (a.unit === unit) delete a.unit;
    }
    if (n.organization) {
      if (n.organization.units && !doc.organization?.length) doc.organization = n.organization.units;
      if (n.organization.summary) doc.organizationSummary = n.organization.summary;
    }
    const shown = shownSections(
      n.narrative,
      tables.map((t) => t.title),
    );
    for (const section of shown) sequence.push({ at: n.at[n.narrative.indexOf(section)]!, part: placeOf(section) });
    if (n.glossaryAt !== undefined) sequence.push({ at: n.glossaryAt, part: 'glossary' });
    // A final account's 项 lines set 年初预算 against 支出决算; its other sentences say budget against 决算 and 绩效自评.
    const notes = final ? readFinalNotes(n.narrative, doc.expenditure.functional, unit) : readExpenditureNotes(n.narrative, doc.expenditure.functional, unit);
    if (notes.length) doc.expenditureNotes = notes;
    if (final) {
      const execution = readExecution(n.narrative).map((e) => (e.unit === unit ? (({ unit: _, ...rest }) => rest)(e) : e));
      if (execution.length) doc.budgetExecution = execution;
      const evaluation = readSelfEvaluation(n.narrative);
      if (evaluation) {
        if (evaluation.unit === unit) delete evaluation.unit;
        (doc.performance ??= {}).selfEvaluation = evaluation;
      }
      const prUnit = doc.procurement?.unit ?? unit;
      const awards = readAwards(
        n.narrative.filter((s) => s.id === 'procurement').flatMap((s) => s.paragraphs),
        prUnit,
      );
      if (Object.keys(awards).length) {
        const pr = (doc.procurement ??= {});
        pr.summary = { ...pr.summary, ...awards };
      }
      report.final = { budgetExecution: execution.length, selfEvaluation: evaluation !== undefined, awards: Object.keys(awards).length };
    }
    report.narrative = {
      sections: n.narrative.length,
      glossary: n.glossary?.length ?? 0,
      goals: n.performance?.goals?.length ?? 0,
      proseIndicators: (n.performance?.goals ?? []).reduce((k, g) => k + (g.indicators?.length ?? 0), 0),
      measures: n.performance?.measures?.length ?? 0,
      changes: n.changes?.length ?? 0,
      operatingCostItems: oc?.items.length ?? 0,
      expenditureNotes: notes.length,
      quarterlyPlans: n.narrative.filter((s) => s.quarterlyPlan).length,
      organizationUnits: n.organization?.units?.length ?? 0,
      assetFigures: at ? assetFigures(at) : 0,
      procurementFigures: Object.keys(n.procurement?.summary ?? {}).length,
      repeatedParagraphs: n.repeatedParagraphs ?? 0,
    };
  }
  const layouts = tables.filter((t) => !isForm(t.kind));
  // Tables printed one after another without numbers are numbered as they come, as a reader counts them.
  const isNumbered = (t: ExtractedTable) => tableSpec(t.kind)?.numbered === true;
  const numbered = layouts.filter(isNumbered);
  const byPosition = numbered.every((t) => t.number === undefined);
  doc.tables = layouts.map((t) => {
    const layout = layoutOf(t);
    if (byPosition && isNumbered(t)) layout.number = numbered.indexOf(t) + 1;
    if (t.kind === 'summary' && s.incomeLines.join() !== DEFAULT_INCOME_LINES.join()) layout.incomeLines = s.incomeLines;
    if (t.kind === 'summary' && s.expenditureColumns.length) layout.expenditureColumns = s.expenditureColumns.map(({ column: _, ...c }) => c);
    if (t.kind === 'summary' || t.kind === 'fiscalSummary')
      printedSummaryLines(t, layout, doc, t.kind === 'summary' ? summaryPrinted : (fiscalPrinted?.printed ?? new Map()));
    printedHeaders(t, layout, doc);
    return layout;
  });
  if (sequence.length) doc.partOrder = printedOrder(sequence.sort((a, b) => a.at - b.at).map((x) => x.part));
  finishReport(true);
  return { document: doc, report };
}

/** The figures a text's 国有资产 gives: vehicle counts (in all and by class), and each item's quantity and value. */
function assetFigures(a: Partial<Assets>): number {
  const items = [...(a.items ?? []), ...(a.plannedItems ?? [])];
  return (
    (a.vehicles !== undefined ? 1 : 0) +
    (a.plannedVehicles !== undefined ? 1 : 0) +
    (a.vehicleClasses?.length ?? 0) +
    (a.plannedVehicleClasses?.length ?? 0) +
    items.reduce((n, i) => n + (i.quantity !== undefined ? 1 : 0) + (i.value !== undefined ? 1 : 0), 0)
  );
}

/**
 * The department and year a document's headings name, the most common of them: "第二部分 上海市普陀区财政局2024年度部门决算表",
 * "第三部分 中共上海市普陀区委社会工作部 2024 年度部门决算情况说明" (a cover title broken over lines names it only in part).
 */
function namedInHeadings(blocks: readonly Block[]): { department?: string; year?: number } {
  const names: string[] = [];
  const years: number[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const m = /^(?:第[一二三四五六七八九十]+部分)?(.{4,40}?)(\d{4})年度?部门(?:决算|预算)(?:表|情况说明|情况)?$/.exec(compact(b.text));
    if (!m || /[，。；：,;:]/.test(m[1]!)) continue;
    names.push(m[1]!);
    years.push(Number(m[2]));
  }
  const department = mostCommon(names);
  const year = mostCommon(years);
  return { ...(department ? { department } : {}), ...(year ? { year } : {}) };
}

/** Two published figures say the same amount ("1200.5" and "1200.50"). */
const sameFigure = (a: string, b: string) => new Money(a).equals(new Money(b));

/** The year a title names ("上海市普陀区2026年区级部门预算"). */
const yearOf = (title: string | undefined) => {
  const m = /(\d{4})年/.exec(title ?? '');
  return m ? Number(m[1]) : undefined;
};

/**
 * A document's blocks (a .docx body, or a PDF's paragraphs and tables as pdf.ts rebuilds them, with the
 * paragraphs it found set as headings).
 */
export function importFromDocx(blocks: Block[], format: 'docx' | 'pdf' = 'docx', headings?: ReadonlySet<number>): ImportResult {
  // The document's title: its first line of text.
  const first = blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && b.text.trim() !== '');
  // Under a project's 经费情况说明 heading, its 一、项目概述 … are its parts, not sections of the disclosure.
  const inner = new Set<number>();
  let inProject = false;
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    if (headings?.has(b.index)) inProject = /项目.*说明$/.test(compact(b.text));
    else if (inProject) inner.add(b.index);
  }
  return assemble(extractFromDocx(blocks, format === 'pdf'), format, first?.text.trim(), {
    blocks,
    skip: new Set(first ? [first.index] : []),
    ...(headings ? { headings, inner } : {}),
  });
}

/**
 * A workbook's sheets: its tables, and its sheets of words as the written part (each sheet a section that
 * starts with its first line), read by the same reader as a Word document's; the cover gives the title.
 */
export function importFromSheets(sheets: SheetInput[]): ImportResult {
  const extraction = extractFromSheets(sheets);
  const blocks: Block[] = [];
  const headings = new Set<number>();
  const inner = new Set<number>();
  for (const t of extraction.texts ?? []) {
    headings.add(blocks.length);
    blocks.push({ type: 'paragraph', text: t.title, index: blocks.length });
    // A project's 经费情况说明 is one section: its 一、项目概述 … are its parts, not sections of the disclosure.
    const oneSection = /项目.*说明$/.test(compact(t.title));
    for (const text of t.paragraphs) {
      if (oneSection) inner.add(blocks.length);
      blocks.push({ type: 'paragraph', text, index: blocks.length });
    }
  }
  const title = (extraction.cover ?? []).find((l) => l.length <= 60 && /预算|决算/.test(l) && !/[:：]/.test(l));
  return assemble(extraction, 'xlsx', title, blocks.length ? { blocks, skip: new Set(), headings, inner } : undefined);
}
