import { hasOwn } from './own.js';
import type { Amounts, CostKind, ExpenditureType, SourceKey } from './types.js';

/** A node of a classification tree (类 → 款 → 项). The root stands for the published 合计 row. */
export interface ClassNode {
  code: string;
  name: string;
  /** 0 for the root, 1 for 类, 2 for 款, 3 for 项. */
  level: number;
  amounts: Amounts;
  children: ClassNode[];
}

/** Parent code in a 3-2-2 digit classification ("2010301" → "20103", "201" → undefined). */
export function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}

export function codeLevel(code: string): number {
  return (code.length - 1) / 2;
}

/**
 * Builds the classification tree from the flat list of published rows, in published order.
 * A row whose parent is not listed hangs under its nearest listed ancestor (or the root).
 */
export function buildTree(items: ReadonlyArray<{ code: string; name: string; amounts: Amounts }>, root: { name: string; amounts?: Amounts }): ClassNode {
  const top: ClassNode = { code: '', name: root.name, level: 0, amounts: root.amounts ?? {}, children: [] };
  const byCode = new Map<string, ClassNode>();
  for (const item of items) byCode.set(item.code, { code: item.code, name: item.name, level: codeLevel(item.code), amounts: item.amounts, children: [] });
  for (const item of items) {
    const node = byCode.get(item.code)!;
    let p = parentCode(item.code);
    while (p && !byCode.has(p)) p = parentCode(p);
    (p ? byCode.get(p)! : top).children.push(node);
  }
  return top;
}

/** Every node, depth first, parents before children (an array: nested generators are slow on big trees). */
export function walkTree(node: ClassNode): ClassNode[] {
  const out: ClassNode[] = [];
  const stack: ClassNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** What a tree is measured by: all, an expenditure type, a fund source, or a cost kind. */
export type Measure = 'total' | ExpenditureType | SourceKey | CostKind;

/** The published cell of `amounts` for a measure, or undefined when the cell is empty. */
export function amountFor(amounts: Amounts, measure: Measure): string | undefined {
  const own = (o: object | undefined, k: string): string | undefined =>
    o && hasOwn(o, k) && typeof (o as Record<string, unknown>)[k] === 'string' ? (o as Record<string, string>)[k] : undefined;
  if (measure === 'total') return amounts.total;
  if (measure === 'personnel' || measure === 'public') return own(amounts.byCostKind, measure);
  return own(amounts.byType, measure) ?? own(amounts.bySource, measure);
}

/** Every flattened column key the amounts have: "total", "byType.basic", "bySourceType.generalPublicBudget.basic" … */
export function columnsOf(a: Amounts): string[] {
  const cols: string[] = [];
  if (a.total !== undefined) cols.push('total');
  for (const k of Object.keys(a.byType ?? {})) cols.push(`byType.${k}`);
  for (const k of Object.keys(a.bySource ?? {})) cols.push(`bySource.${k}`);
  for (const [s, t] of Object.entries(a.bySourceType ?? {})) for (const k of Object.keys(t ?? {})) cols.push(`bySourceType.${s}.${k}`);
  // Only the two cost kinds the schema defines; other keys there are tolerated extra fields.
  for (const k of ['personnel', 'public'] as const) if (a.byCostKind?.[k] !== undefined) cols.push(`byCostKind.${k}`);
  return cols;
}

/** The cell of a flattened column key. */
export function cell(a: Amounts, column: string): string | undefined {
  const [group, k1, k2] = column.split('.');
  switch (group) {
    case 'total':
      return a.total;
    case 'byType':
      return a.byType?.[k1 as ExpenditureType];
    case 'bySource':
      return a.bySource?.[k1 as SourceKey];
    case 'bySourceType':
      return a.bySourceType?.[k1 as SourceKey]?.[k2 as ExpenditureType];
    case 'byCostKind':
      return a.byCostKind?.[k1 as CostKind];
    default:
      return undefined;
  }
}
