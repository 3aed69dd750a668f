import { THREE_PUBLIC_LABELS } from '../labels.js';
import { cell, columnsOf, type ColumnKey } from '../columns.js';
import type { ThreePublicKey } from '../types.js';
import { colLabel } from './context.js';
import { TOLERANCE, type Rule } from './engine.js';

/** The parts of each “三公” figure: 小计 = 因公出国（境）+ 公务用车 + 公务接待, and so on. */
const GROUPS: Array<[ThreePublicKey, ThreePublicKey[]]> = [
  ['threePublic', ['abroad', 'vehicles', 'reception']],
  ['abroad', ['abroadResearch', 'abroadOther']],
  ['vehicles', ['vehiclePurchase', 'vehicleOperation']],
];

/** “三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费; 公务用车 = 购置 + 运行. */
export const threePublicSum: Rule = {
  id: 'R-3PUB-01',
  title: { 'zh-CN': '“三公”经费等于其各组成部分之和', en: '"Three public" expenditure equals the sum of its parts' },
  names: ['sum.threePublic'],
  reads: '$.threePublic.items[*].amounts.* (key threePublic, abroad, vehicles and their parts; every column)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const tp = ctx.doc.threePublic;
    if (!tp) return;
    const tu = tp.unit ?? ctx.unit;
    const byKey = new Map(tp.items.map((it, i) => [it.key, { it, i }]));
    const label = (k: ThreePublicKey) => THREE_PUBLIC_LABELS[k];
    for (const [parent, children] of GROUPS) {
      const p = byKey.get(parent);
      if (!p) continue;
      const cols = new Set<ColumnKey>([...columnsOf(p.it.amounts), ...children.flatMap((c) => (byKey.get(c) ? columnsOf(byKey.get(c)!.it.amounts) : []))]);
      for (const column of cols) {
        const parts = children
          .map((c) => byKey.get(c))
          .filter((c) => c && cell(c.it.amounts, column) !== undefined)
          .map((c) => ({ label: label(c!.it.key), amount: cell(c!.it.amounts, column)! }));
        if (parts.length === 0) continue;
        ch.sum(
          'sum.threePublic',
          `$.threePublic.items[${p.i}].amounts.${column}`,
          label(parent),
          colLabel(column),
          tu,
          cell(p.it.amounts, column) ?? '0',
          parts,
        );
      }
    }
  },
};
