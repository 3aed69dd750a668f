/**
 * One department's file set against its file of another year (`compare-src`): which problems keep the two
 * apart (another department, the same year), how the other year's figures are restated exactly in this
 * file's unit (a 2023 budget in 元 beside a 2024 one in 万元), and, line by line, each figure of the other
 * year with the change and its percentage; lines found in one year only, and codes named otherwise in each
 * year, are listed as such, never matched by guess.
 */
import { amountFor, type Measure } from './tree.js';
import { convert, money, publishedDecimals, UNIT_EXPONENT } from './money.js';
import type { Amounts, AmountUnit, BudgetDocument, DecimalString, Phase } from './types.js';

export type CompareProblem = 'department' | 'sameYear';

/** A figure of this year against the same figure of the other year (restated in this year's unit). */
export interface LineChange {
  current?: DecimalString;
  previous?: DecimalString;
  /** current − previous, where both are published. */
  change?: DecimalString;
  /** The change in per cent of the size of `previous`, 2 decimals; absent when `previous` is 0 or absent. */
  percent?: DecimalString;
}

export interface YearPair {
  /** Why the two files are not compared; empty when they are. */
  problems: CompareProblem[];
  year: number;
  otherYear: number;
  /** The other file's year is the one before (上年); else it is named by its year. */
  isPreviousYear: boolean;
  /** This file's unit: every figure of the comparison is in it. */
  unit: AmountUnit;
  /** The other file's unit, where it differs (its figures are restated exactly). */
  otherUnit?: AmountUnit;
  /** The other file is a budget where this one is a final account, or the reverse. */
  otherPhase?: Phase;
  current: BudgetDocument;
  other: BudgetDocument;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The two files, and whether they can be compared: the same department, two different years. */
export function pairYears(current: BudgetDocument, other: BudgetDocument): YearPair {
  const problems: CompareProblem[] = [];
  const a = current.meta.department;
  const b = other.meta.department;
  const sameCode = a.code !== undefined && b.code !== undefined ? a.code === b.code : undefined;
  if (squeeze(a.name) !== squeeze(b.name) && sameCode !== true) problems.push('department');
  if (current.meta.fiscalYear === other.meta.fiscalYear) problems.push('sameYear');
  return {
    problems,
    year: current.meta.fiscalYear,
    otherYear: other.meta.fiscalYear,
    isPreviousYear: other.meta.fiscalYear === current.meta.fiscalYear - 1,
    unit: current.meta.unit,
    ...(other.meta.unit !== current.meta.unit ? { otherUnit: other.meta.unit } : {}),
    ...(other.meta.phase !== current.meta.phase ? { otherPhase: other.meta.phase } : {}),
    current,
    other,
  };
}

/**
 * An amount of the other file, published in `from`, restated exactly in `to` with the digits the
 * restatement needs (1562111.23元 is 156.211123万元; 12.5万元 is 125000元).
 */
export function restate(amount: DecimalString, from: AmountUnit, to: AmountUnit): DecimalString {
  if (from === to) return amount;
  const digits = Math.max(0, publishedDecimals(amount) + UNIT_EXPONENT[to] - UNIT_EXPONENT[from]);
  // Trailing zeros of the restatement go (600000元 is 60.00万元, not 60.0000), down to the cents the figure or
  // its new unit prints (2995.39万元 is 29953900.00元; 25万元 stays whole, 250000元).
  const exact = money(convert(amount, from, to).toFixed(digits));
  return exact.toFixed(Math.max(exact.decimalPlaces(), Math.min(2, Math.max(digits, publishedDecimals(amount)))));
}

/** A figure against the other year's (already in the same unit). */
export function lineChange(current: DecimalString | undefined, previous: DecimalString | undefined): LineChange {
  const out: LineChange = {};
  if (current !== undefined) out.current = current;
  if (previous !== undefined) out.previous = previous;
  if (current === undefined || previous === undefined) return out;
  const c = money(current).minus(previous);
  out.change = c.toFixed(Math.max(publishedDecimals(current), publishedDecimals(previous)));
  // Of the size of last year's figure: from −100 to −50 is up 50, +50.00%.
  const p = money(previous).abs();
  if (!p.isZero()) out.percent = c.div(p).times(100).toDecimalPlaces(2).toFixed(2);
  return out;
}

/** A figure of the other file, in `pair.unit`; `from` is the unit it is published in (a section's own, or the file's). */
export function otherAmount(
  pair: YearPair,
  amount: DecimalString | undefined,
  from: AmountUnit = pair.other.meta.unit,
  to: AmountUnit = pair.unit,
): DecimalString | undefined {
  return amount === undefined ? undefined : restate(amount, from, to);
}

export interface CodedLine {
  code: string;
  name: string;
  amounts: Amounts;
}

export interface LineComparison {
  /** Every code of this year with its change (no `previous` when the other year lacks it). */
  byCode: Map<string, LineChange>;
  /** Lines of this year the other year does not have. */
  onlyCurrent: CodedLine[];
  /** Lines of the other year this year does not have, with their figures restated. */
  onlyOther: Array<CodedLine & { amount?: DecimalString }>;
  /** A code both years have, named otherwise in each: compared by code, and said. */
  renamed: Array<{ code: string; name: string; otherName: string }>;
}

/** Two years' classification lines (functional or economic), code by code, for one measure. */
export function compareLines(pair: YearPair, current: readonly CodedLine[], other: readonly CodedLine[], measure: Measure = 'total'): LineComparison {
  const out: LineComparison = { byCode: new Map(), onlyCurrent: [], onlyOther: [], renamed: [] };
  const before = new Map(other.map((l) => [l.code, l]));
  const now = new Set(current.map((l) => l.code));
  for (const l of current) {
    const o = before.get(l.code);
    if (!o) {
      out.onlyCurrent.push(l);
      out.byCode.set(l.code, lineChange(amountFor(l.amounts, measure), undefined));
      continue;
    }
    if (squeeze(o.name) !== squeeze(l.name)) out.renamed.push({ code: l.code, name: l.name, otherName: o.name });
    out.byCode.set(l.code, lineChange(amountFor(l.amounts, measure), otherAmount(pair, amountFor(o.amounts, measure))));
  }
  for (const o of other) {
    if (now.has(o.code)) continue;
    const amount = otherAmount(pair, amountFor(o.amounts, measure));
    out.onlyOther.push({ ...o, ...(amount !== undefined ? { amount } : {}) });
  }
  return out;
}

/** The headline figures a summary shows, by the subject names the documents' stated changes use. */
export const HEADLINE_SUBJECTS = [
  'income',
  'expenditure',
  'fiscalIncome',
  'fiscalExpenditure',
  'generalPublicBudget',
  'governmentFund',
  'basic',
  'project',
  'threePublic',
  'abroad',
  'vehicles',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
  'operatingCosts',
] as const;
export type HeadlineSubject = (typeof HEADLINE_SUBJECTS)[number];

/** A headline figure of a file with the unit it is published in, or undefined where the file has none. */
export function headlineFigure(doc: BudgetDocument, subject: HeadlineSubject): { amount: DecimalString; unit: AmountUnit } | undefined {
  const u = doc.meta.unit;
  const ft = doc.expenditure.functionalTotal;
  const of = (amount: DecimalString | undefined, unit: AmountUnit = u) => (amount === undefined ? undefined : { amount, unit });
  const tp = doc.threePublic;
  // A printed 三公 line with a budget and an empty 决算 cell (a final account that spent nothing) is a published 0.
  const tpItem = (key: string, total?: DecimalString) => {
    const it = tp?.items.find((i) => i.key === key);
    return it?.amounts.total ?? total ?? (it && it.amounts.budget !== undefined ? '0' : undefined);
  };
  switch (subject) {
    case 'income':
      return of(doc.income.total);
    case 'expenditure':
      return of(doc.expenditure.total);
    case 'fiscalIncome':
      return of(doc.income.bySource.fiscal);
    case 'fiscalExpenditure':
      return of(ft?.bySource?.fiscal);
    case 'generalPublicBudget':
      return of(ft?.bySource?.generalPublicBudget);
    case 'governmentFund':
      return of(ft?.bySource?.governmentFund);
    case 'basic':
      return of(ft?.byType?.basic);
    case 'project':
      return of(ft?.byType?.project);
    case 'threePublic':
      return of(tpItem('threePublic', tp?.total?.total), tp?.unit ?? u);
    case 'abroad':
    case 'vehicles':
    case 'vehiclePurchase':
    case 'vehicleOperation':
    case 'reception':
      return of(tpItem(subject), tp?.unit ?? u);
    case 'operatingCosts':
      return of(doc.operatingCosts?.total, doc.operatingCosts?.unit ?? u);
  }
}

export interface HeadlineChange extends LineChange {
  subject: HeadlineSubject;
  /** The unit of `current`, `previous` and `change`: the one this file publishes the figure in. */
  unit: AmountUnit;
}

/** Each headline figure both years publish (or this year only), with its change. */
export function headlineChanges(pair: YearPair): HeadlineChange[] {
  const out: HeadlineChange[] = [];
  for (const subject of HEADLINE_SUBJECTS) {
    const now = headlineFigure(pair.current, subject);
    if (!now) continue;
    const then = headlineFigure(pair.other, subject);
    out.push({ subject, unit: now.unit, ...lineChange(now.amount, then ? restate(then.amount, then.unit, now.unit) : undefined) });
  }
  return out;
}

/** Increase, decrease or the same: the direction of a change, in words and never by colour alone. */
export function direction(c: LineChange): 'up' | 'down' | 'same' | undefined {
  if (c.change === undefined) return undefined;
  const v = money(c.change);
  return v.isZero() ? 'same' : v.isNegative() ? 'down' : 'up';
}

/** The bands a change view colours by: the direction, and whether the change is 10% or more; `added` is a line new this year. */
export const CHANGE_BANDS = ['down10', 'down', 'same', 'up', 'up10', 'added'] as const;
export type ChangeBand = (typeof CHANGE_BANDS)[number];

/** The band of a line's change, or undefined where there is nothing to compare (no figure this year). */
export function changeBand(c: LineChange | undefined): ChangeBand | undefined {
  if (!c || c.current === undefined) return undefined;
  if (c.previous === undefined) return 'added';
  const dir = direction(c);
  if (dir === 'same') return 'same';
  // From nothing to something is a rise of more than any per cent.
  const big = c.percent === undefined || Math.abs(Number(c.percent)) >= 10;
  return dir === 'down' ? (big ? 'down10' : 'down') : big ? 'up10' : 'up';
}
