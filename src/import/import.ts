/**
 * A disclosure's standard tables (from a .docx body or a workbook's sheets) to a standard budget JSON,
 * with a report of what was read, what was not, and where. Everything the JSON holds comes from the
 * document; what the document has that this importer does not read yet is listed, never dropped
 * silently. Pure: the command reads the files and writes the results.
 */
import type { AmountUnit, BudgetDocument, Income, TableKind, TableLayout } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import type { Cell } from './columns.js';
import type { Block } from './docx.js';
import { readEconomic } from './economic.js';
import { extractFromDocx, extractFromSheets, type Extraction, type ExtractedTable } from './extract.js';
import { readFunctional } from './functional.js';
import { readSummary } from './summary.js';
import { readThreePublic } from './three-public.js';
import { compact } from './titles.js';

export interface ImportReport {
  /** Tables recognised, with what became of them. */
  recognized: Array<{ title: string; kind: string; rows: number; imported: boolean; note?: string }>;
  /** Things that did not read: unknown tables, cells, missing columns … */
  issues: ImportIssue[];
}

export interface ImportResult {
  document?: BudgetDocument;
  report: ImportReport;
}

/** Kinds whose figures this importer reads into the JSON. */
const IMPORTED: ReadonlySet<string> = new Set([
  'summary', 'income', 'expenditure', 'generalPublicExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure',
  'basicEconomic', 'threePublic', 'threePublicAndOperatingCosts',
]);

/** What becomes of the tables this importer does not read into the JSON. */
const NOT_READ: Record<string, string> = {
  fiscalSummary: 'derived from the other tables; its figures are not read separately',
};

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

function assemble(extraction: Extraction, title?: string): ImportResult {
  const { tables } = extraction;
  const issues = [...extraction.issues];
  const report: ImportReport = {
    recognized: tables.map((t) => ({
      title: t.title,
      kind: t.kind,
      rows: t.body.length,
      imported: IMPORTED.has(t.kind),
      ...(IMPORTED.has(t.kind) ? {} : { note: NOT_READ[t.kind] ?? 'not read yet' }),
    })),
    issues,
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
  const basic = find('basicEconomic');
  if (basic) {
    const e = readEconomic(basic);
    issues.push(...e.issues);
    if (e.economic && (e.economic.items.length || e.economic.total)) doc.expenditure.economic = { source: 'generalPublicBudget', type: 'basic', ...e.economic };
  }
  const tp = find('threePublic') ?? find('threePublicAndOperatingCosts');
  if (tp) {
    const r = readThreePublic(tp);
    issues.push(...r.issues);
    if (r.threePublic) doc.threePublic = r.threePublic;
    if (r.operatingCostsTotal !== undefined) doc.operatingCosts = { total: r.operatingCostsTotal, ...(tp.unit && tp.unit !== unit ? { unit: tp.unit } : {}) };
  }
  doc.tables = tables.filter((t) => t.kind !== 'projectPerformance' && t.kind !== 'overallPerformance').map((t) => {
    const layout = layoutOf(t);
    if (t.kind === 'summary') layout.incomeLines = s.incomeLines;
    // A summary that prints every 类 of the classification, the empty ones too.
    if ((t.kind === 'summary' || t.kind === 'fiscalSummary') && t.body.some(emptyCategoryRow)) layout.allCategories = true;
    return layout;
  });
  return { document: doc, report };
}

export function importFromDocx(blocks: Block[]): ImportResult {
  // The document's title: its first line of text.
  const first = blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && b.text.trim() !== '');
  return assemble(extractFromDocx(blocks), first?.text.trim());
}

export function importFromSheets(sheets: Array<{ sheet: string; data: Cell[][] }>): ImportResult {
  return assemble(extractFromSheets(sheets));
}
