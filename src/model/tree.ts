import { cell, isIn } from './columns.js';
import { COST_KINDS, EXPENDITURE_TYPES, SOURCE_KEYS, type Amounts } from './types.js';

/** A node of a classification tree (类 → 款 → 项). The root stands for the published 合计 row. */
export interface ClassNode {
  code: string;
  /**
   * Unique id, where the code is not: a roll-up repeats each 类 under every department
   * ("dept:3/201"); the code stays what is shown.
   */
  id?: string;
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

/**
 * Every measure a tree can be sized by: all, an expenditure type, a fund source, or a cost kind (the
 * names may repeat: 'operating' is both 经营支出 and 事业单位经营收入, and reads the expenditure first).
 */
export const MEASURES = ['total', ...EXPENDITURE_TYPES, ...COST_KINDS, ...SOURCE_KEYS] as const;
export type Measure = (typeof MEASURES)[number];

export const isMeasure = (s: string): s is Measure => (MEASURES as readonly string[]).includes(s);

/** The published cell of `amounts` for a measure, or undefined when the cell is empty. */
export function amountFor(amounts: Amounts, measure: Measure): string | undefined {
  if (measure === 'total') return cell(amounts, 'total');
  if (measure === 'personnel' || measure === 'public') return cell(amounts, `byCostKind.${measure}`);
  return (
    (isIn(EXPENDITURE_TYPES, measure) ? cell(amounts, `byType.${measure}`) : undefined) ??
    (isIn(SOURCE_KEYS, measure) ? cell(amounts, `bySource.${measure}`) : undefined)
  );
}
