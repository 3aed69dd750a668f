import { inUnit } from './context.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/** 项目支出 equals the sum of the project budgets (each restated in the document's unit). */
export const projectsSum: Rule = {
  id: 'R-PROJ-02',
  title: { 'zh-CN': '项目支出等于各项目预算之和', en: 'Project expenditure equals the sum of the project budgets' },
  names: ['sum.projects'],
  reads: '$.expenditure.functionalTotal.byType.project, $.projects[*].budget.total',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const projects = ctx.doc.projects ?? [];
    const projectTotal = ctx.doc.expenditure.functionalTotal?.byType?.project;
    if (!projects.length || projectTotal === undefined) return;
    ch.sum(
      'sum.projects',
      '$.expenditure.functionalTotal.byType.project',
      plain('项目支出', 'Project expenditure'),
      plain('各项目预算', 'project budgets'),
      ctx.unit,
      projectTotal,
      projects.map((p) => ({ label: plain(p.name, p.name), amount: inUnit(p.budget.total, p.unit ?? ctx.unit, ctx.unit) })),
    );
  },
};
