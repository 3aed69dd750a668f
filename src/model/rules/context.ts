import { convert, publishedDecimals } from '../money.js';
import { buildTree, walkTree, type ClassNode } from '../tree.js';
import { cell, columnLabel, columnsOf, isSourceKey, type ColumnKey } from '../columns.js';
import {
  AGGREGATE_SOURCE_KEYS,
  SOURCE_PARTS,
  type AggregateSourceKey,
  type Amounts,
  type AmountUnit,
  type BudgetDocument,
  type DecimalString,
  type SourceKey,
} from '../types.js';
import { both, EXPONENT, plain, type Checker, type Label } from './engine.js';
import { mentionsOf, paragraphsOf, type Mention, type Paragraph } from './text.js';

/** A classification as a tree, with the JSON path of each node's amounts. */
export interface Classification {
  tree: ClassNode;
  pathOf: (n: ClassNode) => string;
}

/**
 * The document as the rules read it, for one run: what several rules need (the classification trees)
 * is built once, on first use.
 */
export class RuleContext {
  readonly unit: AmountUnit;
  private functionalTree?: Classification;
  private economicTree?: Classification | null;
  private incomeTree?: Classification | null;

  private text?: Array<Paragraph & { mentions: Mention[] }>;

  /**
   * `other`: the same department's file of another year, for the rules that check the changes the document
   * states against it (R-YEAR-01); the other rules read `doc` only.
   */
  constructor(
    readonly doc: BudgetDocument,
    readonly other?: BudgetDocument,
  ) {
    this.unit = doc.meta.unit;
  }

  /** The paragraphs of the written part with the figures each states (read once per run). */
  get paragraphs(): ReadonlyArray<Paragraph & { mentions: Mention[] }> {
    // A paragraph repeated word for word (a PDF's hidden overflow text holds some twice) is read once.
    const seen = new Set<string>();
    this.text ??= paragraphsOf(this.doc)
      .filter((p) => p.text.length < 20 || (!seen.has(p.text) && !!seen.add(p.text)))
      .map((p) => ({ ...p, mentions: mentionsOf(p.text) }));
    return this.text;
  }

  /** A published figure for Checker.equal, in the document's unit unless told. */
  fig(zh: string, en: string, amount: DecimalString, u: AmountUnit = this.unit): { label: Label; amount: DecimalString; unit: AmountUnit } {
    return { label: plain(zh, en), amount, unit: u };
  }

  /** The functional classification under its 合计 ($.expenditure.functionalTotal). */
  get functional(): Classification {
    if (!this.functionalTree) {
      const exp = this.doc.expenditure;
      const tree = buildTree(exp.functional, { name: '合计', amounts: exp.functionalTotal });
      const index = new Map(exp.functional.map((f, i) => [f.code, i]));
      const pathOf = (n: ClassNode) => (n.code ? `$.expenditure.functional[${index.get(n.code)}].amounts` : '$.expenditure.functionalTotal');
      this.functionalTree = { tree, pathOf };
    }
    return this.functionalTree;
  }

  /** A final account's income by code under its 合计 ($.income.functional, since 1.3.0), when published. */
  get incomeFunctional(): Classification | undefined {
    if (this.incomeTree === undefined) {
      const inc = this.doc.income;
      if (!inc.functional) this.incomeTree = null;
      else {
        const tree = buildTree(inc.functional, { name: '合计', amounts: inc.functionalTotal ?? {} });
        const index = new Map(inc.functional.map((f, i) => [f.code, i]));
        const pathOf = (n: ClassNode) => (n.code ? `$.income.functional[${index.get(n.code)}].amounts` : '$.income.functionalTotal');
        this.incomeTree = { tree, pathOf };
      }
    }
    return this.incomeTree ?? undefined;
  }

  /**
   * A row's 合计 is the sum of its fund sources only where the row states them all: a final account's
   * expenditure rows give the fiscal part of what was spent (财政拨款收入支出决算总表), not every source.
   */
  get sourcesComplete(): boolean {
    return this.doc.meta.phase !== 'final';
  }

  /** The economic classification under its 合计 ($.expenditure.economic.total), when published. */
  get economic(): Classification | undefined {
    if (this.economicTree === undefined) {
      const eco = this.doc.expenditure.economic;
      if (!eco) this.economicTree = null;
      else {
        const tree = buildTree(eco.items, { name: '合计', amounts: eco.total });
        const index = new Map(eco.items.map((e, i) => [e.code, i]));
        const pathOf = (n: ClassNode) => (n.code ? `$.expenditure.economic.items[${index.get(n.code)}].amounts` : '$.expenditure.economic.total');
        this.economicTree = { tree, pathOf };
      }
    }
    return this.economicTree ?? undefined;
  }
}

/** A published figure restated in another unit, keeping the precision it was published with. */
export function inUnit(amount: DecimalString, from: AmountUnit, to: AmountUnit): DecimalString {
  if (from === to) return amount;
  return convert(amount, from, to).toFixed(Math.max(0, publishedDecimals(amount) + EXPONENT[to] - EXPONENT[from]));
}

export const colLabel = (c: ColumnKey): Label => both((l) => columnLabel(c, l));

export function nodeLabel(n: ClassNode): Label {
  return n.code ? plain(`${n.code} ${n.name}`, `${n.code} ${n.name}`) : plain(n.name, n.name === '合计' ? 'Total' : n.name);
}

/** The parts of a row's 合计 by fund source: 本年收入 and 上年结转结余. */
const ALL_SOURCES: readonly SourceKey[] = ['currentYear', 'carryover'];
const isAggregate = (k: SourceKey): k is AggregateSourceKey => (AGGREGATE_SOURCE_KEYS as readonly string[]).includes(k);

/** Columns that are sums of other columns within one row. */
function rowIdentities(a: Amounts, sources = true): Array<{ column: ColumnKey; parts: ColumnKey[] }> {
  const ids: Array<{ column: ColumnKey; parts: ColumnKey[] }> = [];
  const has = (c: ColumnKey) => cell(a, c) !== undefined;
  const published = columnsOf(a);
  // Resolve a source aggregate into the published columns that make it up.
  const expand = (key: SourceKey): ColumnKey[] => {
    if (has(`bySource.${key}`)) return [`bySource.${key}`];
    return isAggregate(key) ? SOURCE_PARTS[key].flatMap(expand) : [];
  };
  if (has('total')) {
    const types = published.filter((c) => c.startsWith('byType.'));
    if (types.length) ids.push({ column: 'total', parts: types });
    if (sources && published.some((c) => c.startsWith('bySource.'))) {
      const parts = ALL_SOURCES.flatMap(expand);
      if (parts.length) ids.push({ column: 'total', parts });
    }
  }
  // 人员经费 and 公用经费 make up 基本支出: the row's 基本支出 where it publishes one (a 类 of a unit's 收支总表),
  // else its total (a row of the economic classification, which is 基本支出 only).
  const kinds = published.filter((c) => c.startsWith('byCostKind.'));
  const whole: ColumnKey | undefined = has('byType.basic') ? 'byType.basic' : has('total') ? 'total' : undefined;
  if (kinds.length && whole) ids.push({ column: whole, parts: kinds });
  for (const agg of AGGREGATE_SOURCE_KEYS) {
    if (!has(`bySource.${agg}`)) continue;
    const parts = SOURCE_PARTS[agg].flatMap(expand);
    if (parts.length) ids.push({ column: `bySource.${agg}`, parts });
  }
  for (const s of Object.keys(a.bySourceType ?? {}).filter(isSourceKey)) {
    const parts = published.filter((c) => c.startsWith(`bySourceType.${s}.`));
    if (has(`bySource.${s}`) && parts.length) ids.push({ column: `bySource.${s}`, parts });
  }
  return ids;
}

/**
 * Within one row, every column that is a sum of others equals them: 合计 = its types, = its sources,
 * = 人员经费 + 公用经费; each source aggregate = its sources; each source = its types.
 */
export function checkRow(
  ch: Checker,
  rule: string,
  path: string | (() => string),
  subject: Label | (() => Label),
  unit: AmountUnit,
  a: Amounts,
  sources = true,
): void {
  for (const id of rowIdentities(a, sources)) {
    const total = cell(a, id.column)!;
    const cols = id.parts.filter((p) => cell(a, p) !== undefined);
    ch.sumLazy(
      rule,
      unit,
      total,
      cols.map((p) => cell(a, p)!),
      () => ({
        path: `${typeof path === 'function' ? path() : path}.${id.column}`,
        subject: typeof subject === 'function' ? subject() : subject,
        column: colLabel(id.column),
        labels: cols.map(colLabel),
      }),
    );
  }
}

/** A total row equals the sum of `rows` in every column the total publishes (rows that publish the column). */
export function checkColumns(
  ch: Checker,
  rule: string,
  label: Label,
  path: string,
  unit: AmountUnit,
  total: Amounts,
  rows: Array<{ amounts: Amounts; name: string }>,
): void {
  for (const column of columnsOf(total)) {
    const parts = rows.filter((r) => cell(r.amounts, column) !== undefined).map((r) => ({ label: plain(r.name, r.name), amount: cell(r.amounts, column)! }));
    ch.sum(rule, `${path}.${column}`, label, colLabel(column), unit, cell(total, column)!, parts);
  }
}

/** checkRow for every node of a classification. */
export function checkRows(ch: Checker, rule: string, c: Classification, unit: AmountUnit, sources = true): void {
  for (const n of walkTree(c.tree))
    checkRow(
      ch,
      rule,
      () => c.pathOf(n),
      () => nodeLabel(n),
      unit,
      n.amounts,
      sources,
    );
}

/** Every parent equals the sum of its children, in every column any of them publishes. */
export function checkTree(ch: Checker, rule: string, c: Classification, unit: AmountUnit, rootColumnsOnly = false): void {
  for (const node of walkTree(c.tree)) {
    if (node.children.length === 0) continue;
    if (node.level === 0 && Object.keys(node.amounts).length === 0) continue;
    // `rootColumnsOnly`: the 合计 row is checked in the columns it publishes (a final account's 基本支出表 prints
    // 人员经费合计 and 公用经费合计 alone, no 合计 of its 决算数).
    const columns = new Set<ColumnKey>(
      node.level === 0 && rootColumnsOnly ? columnsOf(node.amounts) : [...columnsOf(node.amounts), ...node.children.flatMap((k) => columnsOf(k.amounts))],
    );
    for (const column of columns) {
      const total = cell(node.amounts, column) ?? '0';
      const kids = node.children.filter((k) => cell(k.amounts, column) !== undefined);
      ch.sumLazy(
        rule,
        unit,
        total,
        kids.map((k) => cell(k.amounts, column)!),
        () => ({
          path: `${c.pathOf(node)}.${column}`,
          subject: nodeLabel(node),
          column: colLabel(column),
          labels: kids.map(nodeLabel),
        }),
      );
    }
  }
}
