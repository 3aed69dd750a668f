import { THREE_PUBLIC_LABELS } from '../labels.js';
import { checkRow } from './context.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/** In each row of the “三公” table (and its 合计 row), 合计 equals its sources. */
export const threePublicRows: Rule = {
  id: 'R-3PUB-02',
  title: { 'zh-CN': '“三公”经费表：每行合计等于其各栏之和', en: '"Three public" table: each row total equals the sum of its columns' },
  names: ['row.threePublic'],
  reads: '$.threePublic.items[*].amounts, $.threePublic.total',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const tp = ctx.doc.threePublic;
    if (!tp) return;
    const tu = tp.unit ?? ctx.unit;
    tp.items.forEach((it, i) => checkRow(ch, 'row.threePublic', `$.threePublic.items[${i}].amounts`, THREE_PUBLIC_LABELS[it.key], tu, it.amounts));
    if (tp.total) checkRow(ch, 'row.threePublic', '$.threePublic.total', plain('“三公”经费合计', '"Three public" total'), tu, tp.total);
  },
};
