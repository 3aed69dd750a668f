/**
 * The registry of table kinds: every standard table and form the kit knows, one spec each (the files of
 * this folder), in the order the kit deals with them (the names a webmaster may use are listed in this
 * order, and the importer reads tables in it). Everything that needs the kinds derives from here: the
 * names (TABLE_NAMES), default titles and builders (deriveTable), the importer's title rules, readers and
 * report, the CLI's report lines.
 *
 * A new kind is one more spec file listed below, or, from outside (a test, a site's own tables), a spec
 * given to registerTableKind().
 */
import type { BudgetDocument, TableKind, TableLayout } from '../types.js';
import { isUnitDocument } from '../document-parts.js';
import { assets } from './assets.js';
import { basicEconomic } from './basic-economic.js';
import { expenditure } from './expenditure.js';
import { expenditureNotes } from './expenditure-notes.js';
import { fiscalSummary } from './fiscal-summary.js';
import { generalPublicExpenditure } from './general-public-expenditure.js';
import { governmentFundExpenditure } from './government-fund-expenditure.js';
import { income } from './income.js';
import { operatingCosts } from './operating-costs.js';
import { organization } from './organization.js';
import { overallPerformance } from './overall-performance.js';
import { procurement } from './procurement.js';
import { projectPerformance } from './project-performance.js';
import type { BuiltinKind, StandardTable, TableSpec, TitleRule } from './spec.js';
import { stateCapitalExpenditure } from './state-capital-expenditure.js';
import { summary } from './summary.js';
import { threePublic } from './three-public.js';
import { threePublicAndOperatingCosts } from './three-public-and-operating-costs.js';

const BUILTIN = [
  summary,
  income,
  expenditure,
  fiscalSummary,
  generalPublicExpenditure,
  basicEconomic,
  governmentFundExpenditure,
  stateCapitalExpenditure,
  threePublic,
  operatingCosts,
  threePublicAndOperatingCosts,
  organization,
  projectPerformance,
  overallPerformance,
  procurement,
  assets,
  expenditureNotes,
] as const satisfies readonly TableSpec<BuiltinKind>[];

// Every kind of TableKind and of the forms has its spec (a compile error names the one that lacks it).
type Missing = Exclude<BuiltinKind, (typeof BUILTIN)[number]['kind']>;
const everyKind: [Missing] extends [never] ? true : Missing = true;
void everyKind;

const specs: TableSpec[] = [...BUILTIN];

/** Every table kind the kit knows, in its order (the built-in ones, then those registered). */
export const TABLE_SPECS: readonly TableSpec[] = specs;

/**
 * The names a webmaster may give a table (`<budget-table table="收支总表">`), and the kinds they mean.
 * Kept up to date in place when a kind is registered.
 */
export const TABLE_NAMES: Record<string, TableKind> = {};

let version = 0;
function rebuildNames(): void {
  for (const k of Object.keys(TABLE_NAMES)) delete TABLE_NAMES[k];
  for (const s of specs) for (const n of s.names ?? []) TABLE_NAMES[n] = s.kind as TableKind;
  version++;
}
rebuildNames();

/** Changes whenever the registry does (for what caches its rules). */
export const registryVersion = () => version;

/** The spec of a kind, if the registry has it. */
export function tableSpec(kind: string): TableSpec | undefined {
  return specs.find((s) => s.kind === kind);
}

/**
 * Adds a table kind: its title rules, names, builder and reader take effect at once everywhere (the
 * importer, deriveTable, `<budget-table>`). A kind or a name that is taken is refused. Returns the
 * function that takes the kind out again.
 */
export function registerTableKind(spec: TableSpec): () => void {
  if (tableSpec(spec.kind)) throw new Error(`table kind "${spec.kind}" is registered already`);
  for (const n of spec.names ?? []) if (Object.prototype.hasOwnProperty.call(TABLE_NAMES, n)) throw new Error(`table name "${n}" is taken (${TABLE_NAMES[n]})`);
  specs.push(spec);
  rebuildNames();
  return () => {
    const i = specs.indexOf(spec);
    if (i >= 0 && !(BUILTIN as readonly TableSpec[]).includes(spec)) {
      specs.splice(i, 1);
      rebuildNames();
    }
  };
}

/** Every title rule with its kind, in the order they are tried (lowest precedence first; ties in registry order). */
export function titleRules(): Array<TitleRule & { kind: string }> {
  return specs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.titles.precedence - b.s.titles.precedence || a.i - b.i)
    .flatMap(({ s }) => s.titles.rules.map((r) => ({ ...r, kind: s.kind })));
}

/** The layout of a kind in the document, or the default one (its spec's title; 单位… for a unit's own budget, as its title says). */
export function layoutOf(doc: BudgetDocument, kind: TableKind): TableLayout {
  const title = tableSpec(kind)?.title ?? kind;
  return doc.tables?.find((t) => t.kind === kind) ?? { kind, title: isUnitDocument(doc.meta) ? title.replace(/^部门/, '单位') : title };
}

/** Derives one standard table; undefined for kinds that are not derived here (procurement, the project forms). */
export function deriveTable(doc: BudgetDocument, kind: BuiltinKind): StandardTable | undefined {
  // A form has no layout entry in the JSON: it gets the default one (a form's kind stands where a TableKind does, as a registered kind's does).
  return tableSpec(kind)?.derive?.(doc, layoutOf(doc, kind as TableKind));
}

/**
 * The document's standard tables in published order: those its `tables` layout lists, or the nine of
 * the national template when it lists none; then those it does not list whose data it has (`listedWhen`:
 * 机构设置, a table of words that no layout lists).
 */
export function standardTables(doc: BudgetDocument): StandardTable[] {
  const kinds = doc.tables?.length ? doc.tables.map((t) => t.kind) : specs.filter((s) => s.nationalTemplate).map((s) => s.kind as TableKind);
  const more = specs.filter((s) => !kinds.includes(s.kind as TableKind) && s.listedWhen?.(doc)).map((s) => s.kind as TableKind);
  return [...kinds, ...more].map((k) => deriveTable(doc, k)).filter((t): t is StandardTable => t !== undefined);
}
