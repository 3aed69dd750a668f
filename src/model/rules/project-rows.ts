import { plain, TOLERANCE, type CheckedFigure, type Rule } from './engine.js';

/** Each project's budget equals its fiscal plus its other funds. */
export const projectRows: Rule = {
  id: 'R-PROJ-01',
  title: { 'zh-CN': '每个项目预算数等于财政资金加其他资金', en: 'Each project budget equals its fiscal plus other funds' },
  names: ['row.project'],
  reads: '$.projects[*].budget (total, fiscal, other)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    (ctx.doc.projects ?? []).forEach((p, i) => {
      const parts: CheckedFigure[] = [];
      if (p.budget.fiscal !== undefined) parts.push({ label: plain('财政资金', 'fiscal funds'), amount: p.budget.fiscal });
      if (p.budget.other !== undefined) parts.push({ label: plain('其他资金', 'other funds'), amount: p.budget.other });
      ch.sum('row.project', `$.projects[${i}].budget.total`, plain(p.name, p.name), plain('预算数', 'budget'), p.unit ?? ctx.unit, p.budget.total, parts);
    });
  },
};
