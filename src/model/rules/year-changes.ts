import { headlineFigure, HEADLINE_SUBJECTS, type HeadlineSubject } from '../compare.js';
import { money, publishedDecimals } from '../money.js';
import { inUnit } from './context.js';
import type { BudgetDocument, DecimalString, Phase } from '../types.js';
import { SUBJECT_LABELS } from '../labels.js';
import { both, TOLERANCE, type Rule } from './engine.js';

/** What a stated change is compared with: a year, and a budget (预算) or what was spent (执行数, 决算). */
interface Basis {
  year: number;
  phase: Phase;
}

/**
 * The basis of a change as the text words it, for a document of `year` and `phase`: "2023年预算" is the 2023
 * budget, "2023年决算" the 2023 final account; "上年" or "2023年度" is the year before in the document's own
 * phase (a final account's 上年 is last year's 决算). Undefined for a basis no file stands for: 调整预算 (neither
 * file prints it whole), 执行数 (in a budget, the estimate of the year's spending made while the budget was
 * drafted, before any final account), and a 年初预算 without a year (the same year's budget: not a change on
 * last year).
 */
export function basisOf(comparedWith: string | undefined, year: number, phase: Phase = 'budget'): Basis | undefined {
  const w = (comparedWith ?? '').replace(/\s+/g, '');
  if (/调整|执行/.test(w)) return undefined;
  const y = /(\d{4})年/.exec(w);
  if (!y && /年初/.test(w)) return undefined;
  return { year: y ? Number(y[1]) : year - 1, phase: /决算/.test(w) ? 'final' : /预算/.test(w) ? 'budget' : phase };
}

/** A stated change's subject as a headline figure ('total' is the 收支总额, the expenditure total). */
const subjectOf = (s: string): HeadlineSubject | undefined =>
  s === 'total' ? 'expenditure' : (HEADLINE_SUBJECTS as readonly string[]).includes(s) ? (s as HeadlineSubject) : undefined;

/** −x with the digits of x (a sum's tolerance reads them). */
const negated = (x: DecimalString): DecimalString => money(x).neg().toFixed(publishedDecimals(x));

/** Why a stated change cannot be checked against the other file, if it cannot. */
export type YearSkip = 'basis' | 'otherYear' | 'subject' | 'figure';

export interface StatedYearChange {
  path: string;
  /** The subject's name in both languages comes from the element; this is the key (or a 项 code). */
  subject: string;
  skip?: YearSkip;
}

/**
 * Every change the document states against another year (the headline changes and the 项 lines of
 * 财政拨款支出主要内容), with why it cannot be checked against `other` where it cannot: another basis
 * (执行数 against a budget file), another year, a subject or figure neither file has.
 */
export function statedYearChanges(doc: BudgetDocument, other: BudgetDocument): StatedYearChange[] {
  const out: StatedYearChange[] = [];
  const against = (b: Basis | undefined): YearSkip | undefined =>
    !b ? 'basis' : b.year !== other.meta.fiscalYear ? 'otherYear' : b.phase !== other.meta.phase ? 'basis' : undefined;
  const basis = (w: string | undefined) => basisOf(w, doc.meta.fiscalYear, doc.meta.phase);
  (doc.changes ?? []).forEach((c, i) => {
    const subject = subjectOf(c.subject);
    const skip =
      against(basis(c.comparedWith)) ?? (!subject ? 'subject' : !headlineFigure(doc, subject) || !headlineFigure(other, subject) ? 'figure' : undefined);
    out.push({ path: `$.changes[${i}]`, subject: c.subject, ...(skip ? { skip } : {}) });
  });
  // The codes the other file publishes a figure for.
  const codes = new Set(other.expenditure.functional.filter((f) => f.amounts.total !== undefined).map((f) => f.code));
  (doc.expenditureNotes ?? []).forEach((n, i) => {
    if (n.previous === undefined) return;
    const skip = against(basis(n.previousLabel)) ?? (!n.code || !codes.has(n.code) ? 'figure' : undefined);
    out.push({ path: `$.expenditureNotes[${i}].previous`, subject: n.code ?? n.names.join(' '), ...(skip ? { skip } : {}) });
  });
  return out;
}

export const yearChanges: Rule = {
  id: 'R-YEAR-01',
  title: { 'zh-CN': '所写的比上年增减与上年文件相符', en: 'The changes the text states agree with the file of that year' },
  names: ['year.change', 'year.previous'],
  reads: '$.changes[*] and $.expenditureNotes[*].previous, against the same department’s file of the year they are compared with (compare-src)',
  tolerance: TOLERANCE.sum,
  acrossYears: true,
  check(ch, ctx) {
    const other = ctx.other;
    if (!other) return;
    const doc = ctx.doc;
    const stated = new Map(statedYearChanges(doc, other).map((s) => [s.path, s]));
    const yearWord = (l: 'zh-CN' | 'en') => (l === 'en' ? `the ${other.meta.fiscalYear} file` : `${other.meta.fiscalYear}年文件`);
    (doc.changes ?? []).forEach((c, i) => {
      const path = `$.changes[${i}]`;
      if (stated.get(path)?.skip) return;
      const subject = subjectOf(c.subject)!;
      const now = headlineFigure(doc, subject)!;
      const then = headlineFigure(other, subject)!;
      // A change's unit is its own, else the document's (as for every figure of the written part).
      const unit = c.unit ?? doc.meta.unit;
      const subjectLabel = (l: 'zh-CN' | 'en') =>
        l === 'en' ? (SUBJECT_LABELS[c.subject]?.en ?? c.subject) : (SUBJECT_LABELS[c.subject]?.['zh-CN'] ?? c.subject);
      // The stated change against this year's figure less the other file's, in the text's unit. The text
      // rounds each year's figure and subtracts them: two roundings, as in a sum of two parts.
      ch.sum(
        'year.change',
        path,
        both((l) => (l === 'en' ? `Change in ${subjectLabel(l)}` : `${subjectLabel(l)}的增减`)),
        both((l) => (l === 'en' ? `this year less ${yearWord(l)}` : `本年数减${yearWord(l)}中的数`)),
        unit,
        c.change,
        [
          { label: both((l) => (l === 'en' ? 'this year' : '本年数')), amount: inUnit(now.amount, now.unit, unit) },
          { label: both((l) => (l === 'en' ? `less ${yearWord(l)}` : `减${yearWord(l)}中的数`)), amount: negated(inUnit(then.amount, then.unit, unit)) },
        ],
      );
      if (c.previous !== undefined)
        ch.equal(
          'year.previous',
          path,
          both((l) => (l === 'en' ? `Last year’s ${subjectLabel(l)}` : `${subjectLabel(l)}上年数`)),
          { label: both((l) => (l === 'en' ? 'as the text states it' : '说明所写')), amount: c.previous, unit },
          { label: both((l) => (l === 'en' ? `the figure of ${yearWord(l)}` : `${yearWord(l)}中的数`)), amount: then.amount, unit: then.unit },
        );
    });
    const byCode = new Map(other.expenditure.functional.map((f) => [f.code, f]));
    (doc.expenditureNotes ?? []).forEach((n, i) => {
      const path = `$.expenditureNotes[${i}].previous`;
      const s = stated.get(path);
      if (!s || s.skip) return;
      const f = byCode.get(n.code!)!;
      if (f.amounts.total === undefined) return;
      ch.equal(
        'year.previous',
        path,
        both((l) => (l === 'en' ? `${n.code}, last year` : `${n.code} 上年数`)),
        { label: both((l) => (l === 'en' ? 'as the text states it' : '说明所写')), amount: n.previous!, unit: n.unit ?? doc.meta.unit },
        { label: both((l) => (l === 'en' ? `the figure of ${yearWord(l)}` : `${yearWord(l)}中的数`)), amount: f.amounts.total, unit: other.meta.unit },
      );
    });
  },
};
