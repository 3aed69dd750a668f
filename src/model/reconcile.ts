import type { BudgetDocument } from './types.js';
import { RuleContext } from './rules/context.js';
import { runRules, type ReconciliationReport } from './rules/engine.js';
import { RULES } from './rules/index.js';

export type { CheckedFigure, Finding, ReconciliationReport, Remark, TextCoverage } from './rules/engine.js';
import type { Finding, Remark } from './rules/engine.js';
import type { Lang } from './messages.js';

/**
 * Checks every 勾稽关系 the document allows: income = expenditure, parents = sum of children in every
 * column, row totals = sum of their columns, 基本支出 = 人员经费 + 公用经费, 项目支出 = sum of projects,
 * 三公 = sum of its parts, procurement totals = sum of rows, and figures published twice agree; and the
 * figures the written part states against the tables (R-TEXT-*).
 * Published figures are never changed: differences are reported. Each check is a rule of RULES
 * (src/model/rules/, docs/reconciliation-rules.md), run in order by the engine (rules/engine.ts).
 */
export function reconcile(doc: BudgetDocument): ReconciliationReport {
  return runRules(RULES, new RuleContext(doc));
}

/**
 * The changes the document states against the same department's file of another year (R-YEAR-01 and any
 * rule that reads `ctx.other`): only the rules that use the second file are run.
 */
export function reconcileYears(doc: BudgetDocument, other: BudgetDocument): ReconciliationReport {
  return runRules(
    RULES.filter((r) => r.acrossYears),
    new RuleContext(doc, other),
  );
}

/**
 * What was checked and what could not be, in words: never a bare "passed". zh-CN "表内勾稽 219 项；说明文字中
 * 37 个数字已与表核对，12 个无法核对（如上年数、未指明科目的数字）".
 */
export function checkScope(rec: ReconciliationReport, lang: Lang): string {
  const tables = rec.checks - rec.textChecks;
  const { figures, checked } = rec.text;
  const unchecked = figures - checked;
  const { total, unseen, others } = rec.codes;
  const shown = unseen.slice(0, 8).join(lang === 'en' ? ', ' : '、') + (unseen.length > 8 ? ' …' : '');
  if (lang === 'en') {
    const text = figures
      ? `; of the ${figures} figures in the text, ${checked} checked against the tables${unchecked ? `, ${unchecked} could not be (last year's figures, figures naming no line of the classification and the like)` : ''}`
      : '; no written part to check';
    const codes =
      total && others
        ? `; ${total} codes compared with ${others} other disclosures on record${unseen.length ? `, ${unseen.length} in none of them (${shown})` : ''}`
        : '';
    return `${tables} checks within and between the tables${text}${codes}.`;
  }
  const text = figures
    ? `；说明文字中 ${figures} 个数字，${checked} 个已与表核对${unchecked ? `，${unchecked} 个无法核对（如上年数、未指明科目的数字）` : ''}`
    : '；没有可核对的说明文字';
  const codes =
    total && others ? `；科目编码 ${total} 个与已收录的其他 ${others} 份公开文件对照${unseen.length ? `，${unseen.length} 个未见于其中（${shown}）` : ''}` : '';
  return `表内勾稽 ${tables} 项${text}${codes}。`;
}

/** The verdict in a few words: the counts found, or that nothing was found (of what was checked). */
export function checkVerdict(rec: ReconciliationReport, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const { rounding, info } = noteCounts(rec);
  const parts = [
    rec.warnings ? (zh ? `${rec.warnings} 条警告` : `${rec.warnings} warning${rec.warnings > 1 ? 's' : ''}`) : '',
    rec.questions ? (zh ? `${rec.questions} 处需向部门核实` : `${rec.questions} to ask the department about`) : '',
    rounding ? (zh ? `${rounding} 条舍位提示` : `${rounding} rounding note${rounding > 1 ? 's' : ''}`) : '',
    info ? (zh ? `${info} 条提示` : `${info} note${info > 1 ? 's' : ''}`) : '',
  ].filter(Boolean);
  if (!parts.length) return zh ? '已核对部分未发现不一致' : 'no discrepancy in what was checked';
  return parts.join(zh ? '，' : ', ');
}

/** Findings and remarks for a reader: discrepancies first, then questions for the department, then rounding notes (each group in check order). */
export function byWeight<T extends { severity: 'note' | 'warning' | 'question' }>(items: T[]): T[] {
  const rank = { warning: 0, question: 1, note: 2 };
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank[a.item.severity] - rank[b.item.severity] || a.i - b.i)
    .map((x) => x.item);
}

/** A note that is rounding (a figure, or a percentage, within its last digit), not a remark worth knowing (a 类's former name). */
export const isRounding = (f: Finding | Remark): boolean => f.severity === 'note' && ('published' in f || f.rule === 'text.change');

/** The notes of a report split: rounding, and remarks worth knowing (a 类's former name). */
export function noteCounts(rec: ReconciliationReport): { rounding: number; info: number } {
  const info = rec.remarks.filter((r) => r.severity === 'note' && !isRounding(r)).length;
  return { rounding: rec.notes - info, info };
}
