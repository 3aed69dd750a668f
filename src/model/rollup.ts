/**
 * A region's departments added up, for `<budget-directory>`: by department (the administrative
 * classification: region → group → department → its 类 → 款 → 项) and by function (every department's 类, 款
 * and 项 added code by code). A department counts with its functional classification's 合计 (in a final
 * account the year's spending, 本年支出; its 支出总计 also holds the balances carried into next year). Each department counts with its loaded file where there is one (every level),
 * else with the catalog's figures (its total and 类), else not at all, and the result says which. Sums are
 * exact, in scaled integers (fast enough for tens of thousands of departments), in the catalog's unit.
 */
import { departmentKey, type Catalog, type CatalogDepartment } from './catalog.js';
import { restate } from './compare.js';
import { publishedDecimals, scaled, unscaled } from './money.js';
import { parentCode, type ClassNode } from './tree.js';
import type { AmountUnit, BudgetDocument, DecimalString, FunctionalItem } from './types.js';

export interface RollUp {
  root: ClassNode;
  unit: AmountUnit;
  /** Departments counted from their file (every level). */
  fromFiles: number;
  /** Departments counted from the catalog's figures only (their 类). */
  fromCatalog: number;
  /** Departments with no figure at all yet (neither a loaded file nor figures in the catalog). */
  missing: CatalogDepartment[];
  /** Units' own budgets, left out: their departments' budgets hold them already. */
  units: CatalogDepartment[];
}

/** The catalog's unit, 万元 when it states none (a catalog without figures). */
export const catalogUnit = (c: Catalog): AmountUnit => c.unit ?? '万元';

interface Figures {
  total?: DecimalString;
  items: Array<{ code: string; name: string; amount: DecimalString }>;
  fromFile: boolean;
}

/** A department's figures in `unit`: its loaded file's, else the catalog's, else none. */
function figuresOf(d: CatalogDepartment, doc: BudgetDocument | undefined, unit: AmountUnit): Figures | undefined {
  if (doc) {
    const from = doc.meta.unit;
    const total = doc.expenditure.functionalTotal?.total ?? doc.expenditure.total;
    const items = doc.expenditure.functional
      .filter((f: FunctionalItem) => f.amounts.total !== undefined)
      .map((f) => ({ code: f.code, name: f.name, amount: restate(f.amounts.total!, from, unit) }));
    return { ...(total !== undefined ? { total: restate(total, from, unit) } : {}), items, fromFile: true };
  }
  if (d.total === undefined && !d.categories?.length) return undefined;
  // Its 类 add up to its functional total, as a loaded file would count it (a final account's 支出总计 is more).
  const total = d.categories?.length ? add(d.categories.map((c) => c.amount)) : d.total;
  return { ...(total !== undefined ? { total } : {}), items: (d.categories ?? []).map((c) => ({ ...c })), fromFile: false };
}

/** Adds decimal strings exactly: the sum with the most decimals any of them has. */
function add(values: DecimalString[]): DecimalString {
  const scale = Math.max(0, ...values.map(publishedDecimals));
  let sum = 0n;
  for (const v of values) sum += scaled(v, scale);
  return unscaled(sum, scale);
}

/** The figures of every department, by key, with the loaded documents (`docs`, by department key). */
function collect(
  catalog: Catalog,
  docs: ReadonlyMap<string, BudgetDocument>,
): { rows: Array<{ d: CatalogDepartment; key: string; f: Figures }>; out: Omit<RollUp, 'root'> } {
  const unit = catalogUnit(catalog);
  const out: Omit<RollUp, 'root'> = { unit, fromFiles: 0, fromCatalog: 0, missing: [], units: [] };
  const rows: Array<{ d: CatalogDepartment; key: string; f: Figures }> = [];
  for (const d of catalog.departments) {
    if (d.unitBudget) {
      out.units.push(d);
      continue;
    }
    const key = departmentKey(d);
    const f = figuresOf(d, docs.get(key), unit);
    if (!f) {
      out.missing.push(d);
      continue;
    }
    if (f.fromFile) out.fromFiles++;
    else out.fromCatalog++;
    rows.push({ d, key, f });
  }
  return { rows, out };
}

/** A department's classification as nodes whose ids are unique in the roll-up ("d:310107001/201"). */
function departmentNodes(prefix: string, items: Figures['items']): ClassNode[] {
  const byCode = new Map<string, ClassNode>();
  const top: ClassNode[] = [];
  for (const it of items)
    byCode.set(it.code, { code: it.code, id: `${prefix}/${it.code}`, name: it.name, level: 0, amounts: { total: it.amount }, children: [] });
  for (const it of items) {
    const node = byCode.get(it.code)!;
    let p = parentCode(it.code);
    while (p && !byCode.has(p)) p = parentCode(p);
    (p ? byCode.get(p)!.children : top).push(node);
  }
  return top;
}

/**
 * A department's name under its region: without the region's name in front, where it starts with it
 * ("上海市普陀区财政局" under 上海市普陀区 is 财政局); the chart's root already says the region.
 */
export function shortName(name: string, region: string): string {
  return region && name.startsWith(region) && name.length > region.length ? name.slice(region.length) : name;
}

/**
 * The administrative roll-up: the region, then each group (where the catalog names groups), then each
 * department with its 类, 款 and 项. A department's size is its total (or, without one, the sum of its 类).
 */
export function rollupByDepartment(catalog: Catalog, docs: ReadonlyMap<string, BudgetDocument>): RollUp {
  const { rows, out } = collect(catalog, docs);
  const groups = new Map<string, ClassNode>();
  const root: ClassNode = { code: '', name: catalog.region.name, level: 0, amounts: {}, children: [] };
  for (const { d, key, f } of rows) {
    const children = departmentNodes(`d:${key}`, f.items);
    const total = f.total ?? (children.length ? add(children.map((c) => c.amounts.total!)) : undefined);
    if (total === undefined) continue;
    const node: ClassNode = { code: d.code ?? '', id: `d:${key}`, name: shortName(d.name, catalog.region.name), level: 1, amounts: { total }, children };
    let parent = root;
    if (d.group) {
      let g = groups.get(d.group);
      if (!g) {
        g = { code: '', id: `g:${d.group}`, name: d.group, level: 1, amounts: {}, children: [] };
        groups.set(d.group, g);
        root.children.push(g);
      }
      parent = g;
    }
    parent.children.push(node);
  }
  for (const g of groups.values()) g.amounts = { total: add(g.children.map((c) => c.amounts.total!)) };
  root.amounts = { total: add(root.children.map((c) => c.amounts.total!)) };
  return { root, ...out };
}

/**
 * The roll-up by function: each code's figure added across the departments that have it. A department
 * counted from the catalog adds to its 类 only, so a 类 may be more than its 款 (the chart shows the rest as
 * not itemised). The whole is the sum of the departments' totals.
 */
export function rollupByFunction(catalog: Catalog, docs: ReadonlyMap<string, BudgetDocument>): RollUp & { items: FunctionalItem[]; total: DecimalString } {
  const { rows, out } = collect(catalog, docs);
  const sums = new Map<string, { name: string; amounts: DecimalString[] }>();
  const totals: DecimalString[] = [];
  for (const { f } of rows) {
    for (const it of f.items) {
      const s = sums.get(it.code);
      if (s) s.amounts.push(it.amount);
      else sums.set(it.code, { name: it.name, amounts: [it.amount] });
    }
    const t = f.total ?? add(f.items.filter((i) => i.code.length === 3).map((i) => i.amount));
    totals.push(t);
  }
  const items: FunctionalItem[] = [...sums.keys()]
    .sort()
    .map((code) => ({ code, name: sums.get(code)!.name, amounts: { total: add(sums.get(code)!.amounts) } }));
  const total = add(totals);
  const root = departmentNodes(
    'f',
    items.map((i) => ({ code: i.code, name: i.name, amount: i.amounts.total! })),
  );
  return { root: { code: '', name: catalog.region.name, level: 0, amounts: { total }, children: root }, items, total, ...out };
}

/**
 * A standard budget JSON for the whole region (the function roll-up as its functional table), so that a
 * `<budget-tree>` draws it like any department's: its caption names the region, year and phase.
 */
export function rollupDocument(catalog: Catalog, total: DecimalString, items: FunctionalItem[] = []): BudgetDocument {
  return {
    schemaVersion: '1.3.0',
    meta: {
      title: catalog.title ?? catalog.region.name,
      department: { name: catalog.region.name },
      ...(catalog.region.code ? { region: { name: catalog.region.name, code: catalog.region.code } } : {}),
      fiscalYear: catalog.year,
      phase: catalog.phase,
      unit: catalogUnit(catalog),
    },
    income: { total, bySource: {} },
    expenditure: { total, functionalTotal: { total }, functional: items },
  } as BudgetDocument;
}
