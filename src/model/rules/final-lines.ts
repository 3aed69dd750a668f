import { cell, columnsOf, type ColumnKey } from '../columns.js';
import { FISCAL_SOURCES, type Amounts } from '../types.js';
import { walkTree } from '../tree.js';
import { colLabel, nodeLabel } from './context.js';
import { TOLERANCE, type Rule } from './engine.js';

/**
 * A summary table's 类 line printed with a figure of its own (a final account's `tables[].categories[].amounts`,
 * since 1.3.0) against its 类 in the detailed tables. The line may have been added up from rounded 项
 * figures: the tolerance is that of a sum of the 类's 项 (n × half a unit), so a 0.01 of rounding is a note.
 */
const FUND_KEYS: ColumnKey[] = FISCAL_SOURCES.map((s) => `bySource.${s}` as ColumnKey);

export const finalLines: Rule = {
  id: 'R-FINAL-03',
  title: { 'zh-CN': '决算：总表的类级数字等于明细表的类', en: 'Final account: a summary table’s category line equals its category in the detailed tables' },
  names: ['equal.summaryLine'],
  reads: '$.tables[*].categories[*].amounts.*, $.expenditure.functional[类].amounts.*',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const layouts = ctx.doc.tables ?? [];
    const nodes = new Map([...walkTree(ctx.functional.tree)].filter((n) => n.code?.length === 3).map((n) => [n.code!, n]));
    layouts.forEach((layout, t) =>
      (layout.categories ?? []).forEach((line, j) => {
        if (!line.amounts) return;
        const node = nodes.get(line.code);
        if (!node) return;
        const leaves = [...walkTree(node)].filter((n) => n.children.length === 0);
        for (const column of columnsOf(line.amounts)) {
          // 财政拨款 as a whole (the 合计 column), where the detailed tables give it only by budget: the sum of those.
          const fundsOf = (a: Amounts) =>
            column === 'bySource.fiscal' && cell(a, column) === undefined ? FUND_KEYS.map((k) => cell(a, k)) : [cell(a, column)];
          const theirs = fundsOf(node.amounts).filter((v): v is string => v !== undefined);
          if (!theirs.length) continue;
          // As a sum of the 项 (their count sets the tolerance): the figures are the detailed table's, the total the line's.
          const parts = leaves.flatMap((n) => fundsOf(n.amounts)).filter((v): v is string => v !== undefined);
          const amounts = parts.length ? parts : theirs;
          ch.sumLazy('equal.summaryLine', ctx.unit, cell(line.amounts, column)!, amounts, () => ({
            path: `$.tables[${t}].categories[${j}].amounts.${column}`,
            subject: { 'zh-CN': `${layout.title}：${line.label}`, en: `${layout.title}: ${line.label}` },
            column: colLabel(column),
            labels: (parts.length ? leaves.flatMap((n) => fundsOf(n.amounts).flatMap((v) => (v === undefined ? [] : [n]))) : theirs.map(() => node)).map(
              nodeLabel,
            ),
          }));
        }
      }),
    );
  },
};
