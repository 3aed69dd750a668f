import { inUnit } from './context.js';
import { plain, sumTolerance, TOLERANCE, type Rule } from './engine.js';
import { flat, parseProjectSummary } from './text.js';
import { money, sum } from '../money.js';

/**
 * The projects listed are compared with what covers the same projects. Not every project publishes
 * targets, so a list is never assumed complete:
 *
 * - where the document states how many projects publish targets and their total (`projectSummary`, "编报绩效
 *   目标的项目5个，涉及项目预算资金3328.13万元") and the JSON lists that many, their budgets add up to that total;
 * - otherwise their budgets add up to 项目支出 when they are all of it, and never exceed it. A list that adds
 *   up to less is some of the projects, and is not checked against 项目支出.
 */
export const projectsSum: Rule = {
  id: 'R-PROJ-02',
  title: {
    'zh-CN': '所列项目预算之和等于说明中的项目合计；未说明时不超过项目支出',
    en: 'The listed projects add up to the total the text states for them; otherwise they do not exceed project expenditure',
  },
  names: ['sum.projects'],
  reads: '$.projects[*].budget.total, $.projectSummary (count, total), $.expenditure.functionalTotal.byType.project',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const projects = ctx.doc.projects ?? [];
    if (!projects.length) return;
    const summary = ctx.doc.projectSummary;
    const parts = (unit: typeof ctx.unit) => projects.map((p) => ({ label: plain(p.name, p.name), amount: inUnit(p.budget.total, p.unit ?? ctx.unit, unit) }));
    if (summary?.total !== undefined && summary.count === projects.length) {
      const unit = summary.unit ?? ctx.unit;
      ch.sum(
        'sum.projects',
        '$.projectSummary.total',
        plain('编报绩效目标的项目', 'Projects with targets'),
        plain('各项目预算', 'project budgets'),
        unit,
        summary.total,
        parts(unit),
      );
      // The figure of the written part, checked: count it where the text states it.
      const text = summary.text && flat(summary.text);
      for (const p of ctx.paragraphs) {
        const stated = text && p.text.includes(text) ? parseProjectSummary(p.text) : undefined;
        if (stated?.totalOffset !== undefined) ch.markText(p.path, stated.totalOffset);
      }
      return;
    }
    if (summary?.count !== undefined && summary.count !== projects.length) return;
    const projectTotal = ctx.doc.expenditure.functionalTotal?.byType?.project;
    if (projectTotal === undefined) return;
    // Short of 项目支出 by more than rounding: some of the projects, not checked against it.
    const amounts = parts(ctx.unit).map((p) => p.amount);
    if (sum(amounts).lt(money(projectTotal).minus(sumTolerance(projectTotal, amounts)))) return;
    ch.sum(
      'sum.projects',
      '$.expenditure.functionalTotal.byType.project',
      plain('项目支出', 'Project expenditure'),
      plain('各项目预算', 'project budgets'),
      ctx.unit,
      projectTotal,
      parts(ctx.unit),
    );
  },
};
