/**
 * A disclosure's standard tables (from a .docx body or a workbook's sheets) to a standard budget JSON,
 * with a report of what was read, what was not, and where. Everything the JSON holds comes from the
 * document; what the document has that this importer does not read yet is listed, never dropped
 * silently. Pure: the command reads the files and writes the results.
 */
import { TABLE_SPECS, tableSpec } from '../model/tables/index.js';
import type { TableSpec } from '../model/tables/spec.js';
import type { AmountUnit, BudgetDocument, Income, TableKind, TableLayout } from '../model/types.js';
import { VOCABULARY } from '../model/vocabulary.js';
import type { ImportIssue } from './cells.js';
import type { Cell } from './columns.js';
import type { Block } from './docx.js';
import { extractFromDocx, extractFromSheets, isForm, type Extraction, type ExtractedTable } from './extract.js';
import { readFunctional } from './functional.js';
import { readNarrative } from './narrative.js';
import { readerOf, type ReadContext } from './readers.js';
import { readSummary } from './summary.js';
import { compact } from './titles.js';
import { DEFAULT_INCOME_LINES } from '../model/tables.js';

export interface ImportReport {
  /** Tables recognised, with what became of them. */
  recognized: Array<{ title: string; kind: string; rows: number; imported: boolean; note?: string }>;
  /** Things that did not read: unknown tables, cells, missing columns … */
  issues: ImportIssue[];
  /** What the written part (情况说明) of a .docx gave, counted. */
  narrative?: { sections: number; glossary: number; goals: number; proseIndicators: number; measures: number; changes: number; operatingCostItems: number };
  /** Fields of the JSON that a disclosure does not state, for the webmaster to add by hand. */
  absent: string[];
}

export interface ImportResult {
  document?: BudgetDocument;
  report: ImportReport;
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

/** A 类 line ("八、社会保障和就业支出") on the expenditure side with no figure after it. */
function emptyCategoryRow(row: string[]): boolean {
  const i = row.findIndex((c, j) => j > 0 && /^[一二三四五六七八九十]+、.+支出$/.test(compact(c)));
  return i >= 0 && row.slice(i + 1).every((c) => !c.trim());
}

function layoutOf(t: ExtractedTable): TableLayout {
  const layout: TableLayout = { kind: t.kind as TableKind, title: t.title };
  if (t.number !== undefined) layout.number = t.number;
  if (t.unit) layout.unit = t.unit;
  if (t.note) layout.note = t.note;
  if (compact(t.header.labels[0] ?? '') === '序号') layout.serial = true;
  if (t.header.columnNumbers) layout.columnNumbers = true;
  return layout;
}

function assemble(extraction: Extraction, format: 'docx' | 'xlsx', title?: string, written?: { blocks: Block[]; skip: Set<number> }): ImportResult {
  const { tables } = extraction;
  const issues = [...extraction.issues];
  const report: ImportReport = {
    recognized: tables.map((t) => {
      const spec = tableSpec(t.kind);
      return { title: t.title, kind: t.kind, rows: rowCount(t, spec), imported: imported(spec), ...(imported(spec) ? {} : { note: notReadNote(spec) }) };
    }),
    issues,
    absent: ['meta.region'],
  };
  const find = (kind: string) => tables.find((t) => t.kind === kind);
  const summary = find('summary');
  const department = mostCommon(tables.map((t) => t.department).filter((d): d is string => !!d));
  const year = mostCommon(tables.map((t) => t.year).filter((y): y is number => y !== undefined));
  const unit = mostCommon(tables.map((t) => t.unit).filter((u): u is AmountUnit => !!u));
  if (!summary || !department || !year || !unit) {
    const missing = [!summary && '收支总表', !department && '编制部门', !year && '预算年度', !unit && '单位'].filter(Boolean).join('、');
    issues.push({ code: 'document.incomplete', location: { table: title ?? '' }, text: missing });
    return { report };
  }
  const dept = /^(\d+)\s*(.+)$/.exec(department);
  const s = readSummary(summary);
  issues.push(...s.issues);
  const f = readFunctional(tables);
  issues.push(...f.issues);
  // The totals are published figures: without them there is no JSON (never a made-up 0). Where only the
  // year's total is printed (no carry-over lines), it is the total.
  const incomeTotal = s.income.total ?? s.income.bySource.currentYear;
  const expenditureTotal = s.expenditure.total ?? s.expenditure.currentYear;
  if (incomeTotal === undefined || expenditureTotal === undefined) {
    const missing = [incomeTotal === undefined && '收入总计', expenditureTotal === undefined && '支出总计'].filter(Boolean).join('、');
    issues.push({ code: 'document.incomplete', location: summary.location, text: missing });
    return { report };
  }
  const income: Income = { total: incomeTotal, bySource: s.income.bySource };
  // The summary may print 财政拨款 only as its parts; the 收入总表's 合计 row gives it whole.
  const fiscal = f.functionalTotal.bySource?.fiscal;
  if (income.bySource.fiscal === undefined && fiscal !== undefined) income.bySource.fiscal = fiscal;
  const doc: BudgetDocument = {
    schemaVersion: '1.0.0',
    meta: {
      ...(title ? { title } : {}),
      department: dept ? { name: dept[2]!.trim(), code: dept[1]! } : { name: department },
      fiscalYear: year,
      phase: tables.some((t) => t.title.includes('决算')) ? 'final' : 'budget',
      unit,
    },
    income,
    expenditure: {
      total: expenditureTotal,
      ...(s.expenditure.currentYear !== undefined ? { currentYear: s.expenditure.currentYear } : {}),
      ...(s.expenditure.carryForward !== undefined ? { carryForward: s.expenditure.carryForward } : {}),
      functionalTotal: f.functionalTotal,
      functional: f.functional,
    },
  };
  // Every other kind the importer reads, in the registry's order (the procurement table's reader takes
  // project codes from the project tables read before it).
  const ctx: ReadContext = { doc, unit, tables, issues };
  for (const spec of TABLE_SPECS) {
    const read = readerOf(spec.import?.read);
    const ofKind = tables.filter((t) => t.kind === spec.kind);
    if (read && ofKind.length) read(ofKind, ctx);
  }
  const assetsUnit = find('assets')?.unit ?? unit;
  if (written) {
    const n = readNarrative(written.blocks, extraction.consumed, written.skip, unit);
    if (n.title) doc.meta.source = { title: n.title, format };
    if (n.narrative.length) doc.narrative = n.narrative;
    if (n.glossary) doc.glossary = n.glossary;
    if (n.performance) doc.performance = n.performance;
    if (n.changes) doc.changes = n.changes;
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
    report.narrative = {
      sections: n.narrative.length,
      glossary: n.glossary?.length ?? 0,
      goals: n.performance?.goals?.length ?? 0,
      proseIndicators: (n.performance?.goals ?? []).reduce((k, g) => k + (g.indicators?.length ?? 0), 0),
      measures: n.performance?.measures?.length ?? 0,
      changes: n.changes?.length ?? 0,
      operatingCostItems: oc?.items.length ?? 0,
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
    // A summary that prints every 类 of the classification, the empty ones too.
    if ((t.kind === 'summary' || t.kind === 'fiscalSummary') && t.body.some(emptyCategoryRow)) layout.allCategories = true;
    return layout;
  });
  return { document: doc, report };
}

export function importFromDocx(blocks: Block[]): ImportResult {
  // The document's title: its first line of text.
  const first = blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && b.text.trim() !== '');
  return assemble(extractFromDocx(blocks), 'docx', first?.text.trim(), { blocks, skip: new Set(first ? [first.index] : []) });
}

export function importFromSheets(sheets: Array<{ sheet: string; data: Cell[][] }>): ImportResult {
  return assemble(extractFromSheets(sheets), 'xlsx');
}
