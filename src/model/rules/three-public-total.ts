import { THREE_PUBLIC_LABELS } from '../labels.js';
import { cell, columnsOf } from '../columns.js';
import { TOLERANCE, type Rule } from './engine.js';

/** The 合计 row of the “三公” table equals its “三公”经费小计 row, column by column. */
export const threePublicTotal: Rule = {
  id: 'R-3PUB-03',
  title: { 'zh-CN': '“三公”经费合计等于“三公”经费小计', en: '"Three public" total equals its subtotal' },
  names: ['equal.threePublic'],
  reads: '$.threePublic.total.*, $.threePublic.items[key = threePublic].amounts.*',
  tolerance: TOLERANCE.pair,
  check(ch, ctx) {
    const tp = ctx.doc.threePublic;
    if (!tp?.total) return;
    // The last row of the key, as in R-3PUB-01 (a Map of the rows by key).
    const sub = new Map(tp.items.map((it) => [it.key, it])).get('threePublic');
    if (!sub) return;
    const tu = tp.unit ?? ctx.unit;
    for (const column of columnsOf(tp.total)) {
      const twin = cell(sub.amounts, column);
      if (twin === undefined) continue;
      ch.equal(
        'equal.threePublic',
        `$.threePublic.total.${column}`,
        THREE_PUBLIC_LABELS.threePublic,
        ctx.fig('合计', 'total', cell(tp.total, column)!, tu),
        ctx.fig('“三公”经费小计', 'subtotal', twin, tu),
      );
    }
  },
};
