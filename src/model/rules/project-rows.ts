import { plain, TOLERANCE, type CheckedFigure, type Rule } from './engine.js';

/**
 * Each project's budget equals its parts: 财政资金 (当年财政拨款), 上年结转资金 and 其他资金; and, where the form
 * prints the project's funds over its whole life, 项目资金总额 equals its 财政资金 plus 其他资金.
 */
export const projectRows: Rule = {
  id: 'R-PROJ-01',
  title: {
    'zh-CN': '每个项目预算数等于财政资金（当年财政拨款）、上年结转资金与其他资金之和',
    en: 'Each project budget equals its fiscal funds, carry-over and other funds',
  },
  names: ['row.project'],
  reads: '$.projects[*].budget (total, fiscal, carriedOver, other), $.projects[*].wholeProject (total, fiscal, other)',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    (ctx.doc.projects ?? []).forEach((p, i) => {
      const unit = p.unit ?? ctx.unit;
      const parts: CheckedFigure[] = [];
      if (p.budget.fiscal !== undefined) parts.push({ label: plain('财政资金', 'fiscal funds'), amount: p.budget.fiscal });
      if (p.budget.carriedOver !== undefined) parts.push({ label: plain('上年结转资金', 'carried over'), amount: p.budget.carriedOver });
      if (p.budget.other !== undefined) parts.push({ label: plain('其他资金', 'other funds'), amount: p.budget.other });
      ch.sum('row.project', `$.projects[${i}].budget.total`, plain(p.name, p.name), plain('预算数', 'budget'), unit, p.budget.total, parts);
      const whole = p.wholeProject;
      if (!whole) return;
      const wholeParts: CheckedFigure[] = [];
      if (whole.fiscal !== undefined) wholeParts.push({ label: plain('财政资金', 'fiscal funds'), amount: whole.fiscal });
      if (whole.other !== undefined) wholeParts.push({ label: plain('其他资金', 'other funds'), amount: whole.other });
      ch.sum(
        'row.project',
        `$.projects[${i}].wholeProject.total`,
        plain(p.name, p.name),
        plain('项目资金总额', 'project funds, whole life'),
        unit,
        whole.total,
        wholeParts,
      );
    });
  },
};
