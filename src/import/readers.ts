/**
 * The importer's readers, by the names the table specs (src/model/tables/*.ts) give in `import.read`:
 * each takes the tables of its kind found in a disclosure and writes what they publish into the
 * document being built. The specs name them rather than import them, so that the widgets never load
 * the importer; a spec registered from outside may give its reader itself.
 *
 * `summary` and `functional` make the document (its income and expenditure): import.ts runs them first;
 * the others run after, in the registry's order.
 */
import type { SpecReader } from '../model/tables/spec.js';
import type { AmountUnit, BudgetDocument, Project } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import { readEconomic } from './economic.js';
import type { ExtractedTable } from './extract.js';
import { readAssets, readOrganization } from './organization.js';
import { readProcurement } from './procurement.js';
import { readProjectForms } from './projects.js';
import { readThreePublic } from './three-public.js';

export interface ReadContext {
  /** The document so far: meta, income and expenditure, and what the readers before this one wrote. */
  doc: BudgetDocument;
  /** The document's unit (a table in another unit keeps its own). */
  unit: AmountUnit;
  /** Every table of the disclosure. */
  tables: readonly ExtractedTable[];
  /** Where a reader reports what does not read. */
  issues: ImportIssue[];
}

/** Reads the tables of one kind (in document order; never called with none) into `ctx.doc`. */
export type TableReader = (tables: readonly ExtractedTable[], ctx: ReadContext) => void;

/** The readers that make the document itself; import.ts runs them before any other. */
export const DOCUMENT_READERS: ReadonlySet<string> = new Set(['summary', 'functional']);

function threePublicInto(table: ExtractedTable, { doc, unit, issues }: ReadContext): void {
  const r = readThreePublic(table);
  issues.push(...r.issues);
  if (r.threePublic) {
    if (r.threePublic.unit === unit) delete r.threePublic.unit;
    doc.threePublic = r.threePublic;
  }
  if (r.operatingCostsTotal !== undefined)
    doc.operatingCosts = { total: r.operatingCostsTotal, ...(table.unit && table.unit !== unit ? { unit: table.unit } : {}) };
}

export const READERS: Record<string, TableReader> = {
  economic: ([table], { doc, issues }) => {
    const e = readEconomic(table!);
    issues.push(...e.issues);
    if (e.economic && (e.economic.items.length || e.economic.total)) doc.expenditure.economic = { source: 'generalPublicBudget', type: 'basic', ...e.economic };
  },
  threePublic: ([table], ctx) => threePublicInto(table!, ctx),
  // The Shanghai table, read only when the disclosure has no Hebei “三公” table.
  threePublicAndOperatingCosts: ([table], ctx) => {
    if (!ctx.tables.some((t) => t.kind === 'threePublic')) threePublicInto(table!, ctx);
  },
  organization: ([table], { doc, issues }) => {
    const r = readOrganization(table!);
    issues.push(...r.issues);
    if (r.organization?.length) doc.organization = r.organization;
  },
  projectPerformance: (tables, { doc, unit, issues }) => {
    const projects: Project[] = [];
    for (const t of tables) {
      const r = readProjectForms(t);
      issues.push(...r.issues);
      t.forms = r.forms;
      for (const p of r.projects) {
        if (p.unit === unit) delete p.unit;
        projects.push(p);
      }
    }
    if (projects.length) doc.projects = projects;
  },
  procurement: ([table], { doc, unit, issues }) => {
    const r = readProcurement(table!);
    issues.push(...r.issues);
    if (!r.procurement) return;
    if (table!.unit && table!.unit !== unit) r.procurement.unit = table!.unit;
    // The table names each item's project; the code comes from that project's performance table.
    for (const item of r.procurement.items ?? []) {
      const same = (doc.projects ?? []).filter((p) => p.name === item.projectName);
      if (same.length === 1 && same[0]!.code !== undefined) item.projectCode = same[0]!.code;
    }
    doc.procurement = r.procurement;
  },
  assets: ([table], { doc, unit, issues }) => {
    const r = readAssets(table!);
    issues.push(...r.issues);
    const assetsUnit = table!.unit ?? unit;
    doc.assets = { ...r.assets, ...(assetsUnit !== unit ? { unit: assetsUnit } : {}) };
  },
};

/** The reader a spec names or gives; undefined for the document readers and kinds not read. */
export function readerOf(read: string | SpecReader | undefined): TableReader | undefined {
  if (typeof read === 'function') return read as TableReader;
  return read === undefined || DOCUMENT_READERS.has(read) || !Object.prototype.hasOwnProperty.call(READERS, read) ? undefined : READERS[read];
}
