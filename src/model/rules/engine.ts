import { msg, type Lang } from '../messages.js';
import { convert, formatAmount, money, Money, publishedDecimals } from '../money.js';
import type { AmountUnit, DecimalString } from '../types.js';
import type { RuleContext } from './context.js';

/** A text in both languages of the kit. */
export type Label = Record<Lang, string>;

/** One figure that takes part in a check. */
export interface CheckedFigure {
  label: Label;
  amount: DecimalString;
}

/**
 * A reconciliation (勾稽关系) result. A difference within the rounding tolerance
 * (n × half a unit of the last published digit, n = number of parts) is a note; beyond it a warning.
 */
export interface Finding {
  severity: 'note' | 'warning';
  /** Stable check name: sum.functional, sum.economic, balance, equal.*, … (one rule may use several). */
  rule: string;
  /** Id of the rule that made the check, from RULES (R-TOTAL-01 …; docs/reconciliation-rules.md). */
  ruleId: string;
  /** JSON path of the published figure. */
  path: string;
  subject: Label;
  column: Label;
  unit: AmountUnit;
  published: DecimalString;
  computed: DecimalString;
  /** published − computed. */
  difference: DecimalString;
  tolerance: DecimalString;
  parts: CheckedFigure[];
  /** Other places where the same published/computed pair disagrees (the same discrepancy repeated). */
  alsoIn: Label[];
  /** JSON paths of every published figure in the finding: `path` first, then the repeats. */
  paths: string[];
  /** For a figure the written part states: the sentence it is in, as published (spaces removed). */
  quote?: string;
  message: Label;
}

/**
 * A finding about the written part that is not two amounts side by side: a percentage the figures do
 * not give, an increase stated for a zero, a 科目 name that differs from the table's. `note` is within
 * rounding, `warning` a discrepancy in the source, `question` something to ask the department about.
 */
export interface Remark {
  severity: 'note' | 'warning' | 'question';
  rule: string;
  ruleId: string;
  /** JSON path of the paragraph. */
  path: string;
  /** The sentence, as published (spaces removed). */
  quote: string;
  message: Label;
}

/** The document's codes against the other disclosures on record: how many, and which none of them has. */
export interface CodeCoverage {
  total: number;
  unseen: string[];
  /** How many other disclosures are on record. */
  others: number;
}

/** How much of the written part the checks could tie to the tables. */
export interface TextCoverage {
  /** Amounts (元/万元/亿元) and percentages the written part states. */
  figures: number;
  /** Of those, the ones compared with a figure of the tables (or with the figures they are computed from). */
  checked: number;
}

export interface ReconciliationReport {
  findings: Finding[];
  /** Findings about the written part that are not amount against amount. */
  remarks: Remark[];
  /** Notes, among findings and remarks: rounding, and remarks worth knowing (a 类's former name, a code's name). */
  notes: number;
  /** Discrepancies, among findings and remarks. */
  warnings: number;
  /** Remarks that are questions for the department. */
  questions: number;
  /** Number of checks made (each compares one published figure with its parts or twin). */
  checks: number;
  /** Checks of the written part against the tables (included in `checks`). */
  textChecks: number;
  text: TextCoverage;
  codes: CodeCoverage;
}

/** What the engine needs of a rule: the check itself, and the facts documented in docs/reconciliation-rules.md. */
export interface Rule {
  /** Stable id, R-<AREA>-<NN> (RULE_ID). */
  id: string;
  title: Label;
  /** The `rule` values of its findings (kept from before rules had ids: tests and `budget-kit validate --json` use them). */
  names: readonly string[];
  /** What it reads: JSON paths or sections of the document, as text. */
  reads: string;
  /** When a difference is within rounding (a note) rather than a warning, as text (one of TOLERANCE). */
  tolerance: string;
  check(ch: Checker, ctx: RuleContext): void;
  /** It reads the file of another year (`ctx.other`) and checks nothing without it. */
  acrossYears?: boolean;
}

/** The form of a rule id. */
export const RULE_ID = /^R-[A-Z0-9]{2,5}-\d{2}$/;

/** The two tolerances the engine applies, as the rules document them. */
export const TOLERANCE = {
  /** Checker.sum / sumLazy. */
  sum: 'n × half a unit of the last published digit (n = number of parts; the coarsest precision among the figures)',
  /** Checker.equal. */
  pair: 'half a unit of the last published digit, compared in the coarser unit of the two figures',
  /** Checker.stated: a figure of the written part against the tables'. */
  text: 'half a unit of the last digit the text prints is the same figure; less than one unit (a figure cut, not rounded) a rounding note',
  /** A percentage of the written part, recomputed. */
  percent: '0.01 percentage point, the change computed from the table figure as published or rounded to the text’s 0.01万元',
  /** A contradiction that no rounding explains. */
  none: 'none: any difference is a discrepancy',
} as const;

const LANGS: Lang[] = ['zh-CN', 'en'];

/**
 * The coarsest published precision among figures: the fewest digits after the point. A zero is exact
 * however it is written ("0万元" in a narrative), so it does not coarsen the others.
 */
function precisionOf(figures: DecimalString[]): number {
  const nonZero = figures.filter((f) => !/^-?0(\.0*)?$/.test(f));
  return nonZero.length ? Math.min(...nonZero.map(publishedDecimals)) : 0;
}

/** What rounding allows between a total and the sum of its parts (as Checker.sum applies it). */
export function sumTolerance(total: DecimalString, parts: DecimalString[]): Money {
  return new Money(10)
    .pow(-precisionOf([total, ...parts]))
    .times(parts.length)
    .div(2);
}

export function both(f: (lang: Lang) => string): Label {
  return { 'zh-CN': f('zh-CN'), en: f('en') };
}

export const plain = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

export const EXPONENT: Record<AmountUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** What a failing sumLazy check reports; built only when the check finds something. */
export interface Description {
  path: string;
  subject: Label;
  column: Label;
  labels: Label[];
}

/**
 * Makes the checks and keeps their findings: the same discrepancy found by several checks (or rules) is
 * one finding, with the other places in `alsoIn`. Each finding carries the id of the rule being run.
 */
export class Checker {
  findings: Finding[] = [];
  remarks: Remark[] = [];
  checks = 0;
  textChecks = 0;
  /** Figures of the written part compared so far: "path@offset". */
  readonly textChecked = new Set<string>();
  /** All the figures the written part states (set by runRules). */
  textFigures = 0;
  /** The document's codes against the other disclosures on record (R-CODE-01). */
  readonly codes: CodeCoverage = { total: 0, unseen: [], others: 0 };
  /** The rule whose checks are being made (set by runRules). */
  ruleId = '';
  /** The first sentence of each finding's message, before the rounding and repeat remarks. */
  private readonly base = new Map<Finding, Label>();
  /** Findings by unit, published and computed figure. */
  private readonly byFigures = new Map<string, Finding[]>();

  /** Published `total` must equal the sum of `parts` (figures in `unit`). */
  sum(rule: string, path: string, subject: Label, column: Label, unit: AmountUnit, total: DecimalString, parts: CheckedFigure[]): void {
    this.sumLazy(
      rule,
      unit,
      total,
      parts.map((p) => p.amount),
      () => ({ path, subject, column, labels: parts.map((p) => p.label) }),
    );
  }

  /**
   * The same check for the many rows of a large budget: the labels and path are only built when the
   * check finds something, so a clean 50,000-row file costs additions, not strings.
   */
  sumLazy(rule: string, unit: AmountUnit, total: DecimalString, amounts: DecimalString[], describe: () => Description): void {
    if (amounts.length === 0) return;
    this.checks++;
    let computed = new Money(0);
    for (const a of amounts) computed = computed.plus(money(a));
    if (computed.eq(money(total))) return;
    const d = describe();
    const parts = amounts.map((amount, i) => ({ label: d.labels[i], amount }));
    const decimals = precisionOf([total, ...amounts]);
    this.record(rule, d.path, d.subject, d.column, unit, total, computed, parts, decimals, amounts.length);
  }

  /** Two published figures (possibly in different units) must be equal. */
  equal(rule: string, path: string, subject: Label, a: CheckedFigure & { unit: AmountUnit }, b: CheckedFigure & { unit: AmountUnit }): void {
    this.checks++;
    // Compare in the unit of the coarser figure, so that a 万元 figure is not blamed for 元 digits it never had.
    const unit = this.coarser(a.unit, b.unit);
    const av = convert(a.amount, a.unit, unit);
    const bv = convert(b.amount, b.unit, unit);
    const decimals = Math.min(this.decimalsIn(a.amount, a.unit, unit), this.decimalsIn(b.amount, b.unit, unit));
    this.record(
      rule,
      path,
      subject,
      plain(`${a.label['zh-CN']}与${b.label['zh-CN']}`, `${a.label.en} vs ${b.label.en}`),
      unit,
      av.toFixed(),
      bv,
      [b],
      decimals,
      1,
      a.label,
      b.label,
    );
  }

  /** The report of the checks made so far. */
  report(): ReconciliationReport {
    const { findings, remarks } = this;
    const count = (sev: string) => findings.filter((f) => f.severity === sev).length + remarks.filter((r) => r.severity === sev).length;
    return {
      findings,
      remarks,
      notes: count('note'),
      warnings: count('warning'),
      questions: count('question'),
      checks: this.checks,
      textChecks: this.textChecks,
      text: { figures: this.textFigures, checked: this.textChecked.size },
      codes: this.codes,
    };
  }

  /** A figure of the written part was compared (it counts as checked, whatever the result). */
  markText(path: string, offset: number): void {
    this.textChecked.add(`${path}@${offset}`);
  }

  /** A finding about the written part that is not amount against amount. */
  remark(rule: string, severity: Remark['severity'], path: string, quote: string, message: Label): void {
    this.remarks.push({ severity, rule, ruleId: this.ruleId, path, quote, message });
  }

  /**
   * A figure the written part states against the figure of the tables it names. The text rounds to its
   * own last digit, and some departments cut instead of rounding (87.708 → 87.70): a difference smaller
   * than one unit of that digit is a rounding note; a larger one is a discrepancy in the source.
   */
  stated(
    rule: string,
    path: string,
    quote: string,
    subject: Label,
    stated: { amount: DecimalString; unit: AmountUnit },
    table: { amount: DecimalString; unit: AmountUnit; label: Label },
  ): void {
    this.checks++;
    this.textChecks++;
    const decimals = publishedDecimals(stated.amount);
    const there = convert(table.amount, table.unit, stated.unit);
    const diff = money(stated.amount).minus(there);
    if (diff.isZero()) return;
    const unitStep = new Money(10).pow(-decimals);
    // Rounded to the text's last digit, it is the same figure.
    if (diff.abs().lte(unitStep.div(2))) return;
    // Cut instead of rounded (or off by less than one unit of that digit): a rounding note.
    const severity = diff.abs().lt(unitStep) ? 'note' : 'warning';
    // Read in another unit (元 for 万元: "住房公积金3.58元"), the figure would be the table's: the unit is wrong.
    const slip = (['元', '万元', '亿元'] as AmountUnit[]).find(
      (u) =>
        u !== stated.unit &&
        money(stated.amount)
          .minus(convert(table.amount, table.unit, u))
          .abs()
          .lte(unitStep.div(2)),
    );
    const fmt = (v: Money | string, l: Lang, signed = false) =>
      formatAmount(typeof v === 'string' ? v : v.toFixed(), { from: stated.unit, decimals: Math.max(decimals, 2), withUnit: true, lang: l, signed });
    const finding: Finding = {
      severity,
      rule,
      ruleId: this.ruleId,
      path,
      subject,
      column: table.label,
      unit: stated.unit,
      published: stated.amount,
      computed: there.toFixed(),
      difference: diff.toFixed(),
      tolerance: unitStep.toFixed(),
      parts: [{ label: table.label, amount: table.amount }],
      alsoIn: [],
      paths: [path],
      quote,
      message: { 'zh-CN': '', en: '' },
    };
    const base = both(
      (l) =>
        msg('check.text', l, {
          quote,
          subject: subject[l],
          stated: fmt(stated.amount, l),
          where: table.label[l],
          table: fmt(there, l),
          difference: fmt(diff, l, true),
        }) + (slip ? msg('check.unitSlip', l, { unit: slip }) : ''),
    );
    this.publish(finding, base);
  }

  /** A new finding: its message composed in both languages, and kept. */
  private publish(finding: Finding, base: Label): void {
    this.base.set(finding, base);
    for (const l of LANGS) finding.message[l] = this.compose(finding, l);
    this.findings.push(finding);
  }

  private coarser(a: AmountUnit, b: AmountUnit): AmountUnit {
    const order: AmountUnit[] = ['元', '万元', '亿元'];
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }

  private decimalsIn(amount: DecimalString, from: AmountUnit, to: AmountUnit): number {
    return publishedDecimals(amount) - (EXPONENT[from] - EXPONENT[to]);
  }

  private record(
    rule: string,
    path: string,
    subject: Label,
    column: Label,
    unit: AmountUnit,
    published: DecimalString,
    computed: Money,
    parts: CheckedFigure[],
    decimals: number,
    n: number,
    left?: Label,
    right?: Label,
  ): void {
    const diff = money(published).minus(computed);
    if (diff.isZero()) return;
    const tolerance = new Money(10).pow(-decimals).times(n).div(2);
    const severity = diff.abs().lte(tolerance) ? 'note' : 'warning';
    const computedStr = computed.toFixed(Math.max(decimals, 0));
    const fmt = (v: Money | string) => formatAmount(typeof v === 'string' ? v : v.toFixed(), { from: unit, decimals: Math.max(decimals, 0) });
    const place = placeOf(subject, column);
    // Findings by their figures: each discrepancy is compared only with those of the same figures.
    const key = `${unit} ${published} ${computedStr}`;
    const alike = this.byFigures.get(key) ?? [];
    this.byFigures.set(key, alike);
    const existing = alike.find((f) => sameDiscrepancy(f, subject, parts));
    if (existing) {
      // The same figure failing a second identity (e.g. 合计 against its types and against its sources) is one finding.
      const primary = placeOf(existing.subject, existing.column);
      const known = [primary, ...existing.alsoIn].some((p) => p.en === place.en);
      if (!known) existing.alsoIn.push(place);
      if (!existing.paths.includes(path)) existing.paths.push(path);
      if (severity === 'warning') existing.severity = 'warning';
      for (const l of LANGS) existing.message[l] = this.compose(existing, l);
      return;
    }
    const finding: Finding = {
      severity,
      rule,
      ruleId: this.ruleId,
      path,
      subject,
      column,
      unit,
      published,
      computed: computedStr,
      difference: diff.toFixed(Math.max(decimals, 0)),
      tolerance: tolerance.toFixed(),
      parts,
      alsoIn: [],
      paths: [path],
      message: { 'zh-CN': '', en: '' },
    };
    const base = both((l) =>
      left && right
        ? msg('check.equal', l, {
            subject: subject[l],
            left: left[l],
            right: right[l],
            published: fmt(published),
            computed: fmt(computed),
            difference: fmt(diff),
          })
        : msg('check.sum', l, {
            subject: subject[l],
            column: columnSuffix(column, l),
            published: fmt(published),
            computed: fmt(computed),
            difference: formatAmount(diff.toFixed(), { from: unit, decimals: Math.max(decimals, 0), signed: true }),
          }),
    );
    this.publish(finding, base);
    alike.push(finding);
  }

  private compose(f: Finding, lang: Lang): string {
    const base = this.base.get(f)![lang];
    const sep = lang === 'en' ? '; ' : '；';
    let text = base;
    if (f.severity === 'note') text += sep + msg('check.rounding', lang, { tolerance: f.tolerance });
    if (f.alsoIn.length) text += sep + msg('check.alsoIn', lang, { places: f.alsoIn.map((p) => p[lang]).join(lang === 'en' ? ', ' : '、') });
    return text + (lang === 'en' ? '.' : '。');
  }
}

/** " (column)" or "（column）" after a subject, or nothing when there is no column. */
function columnSuffix(column: Label, l: Lang): string {
  return column[l] ? (l === 'en' ? ` (${column[l]})` : `（${column[l]}）`) : '';
}

/** A figure's place in a message: its subject and column. */
function placeOf(subject: Label, column: Label): Label {
  return both((l) => `${subject[l]}${columnSuffix(column, l)}`);
}

/**
 * Two checks report the same discrepancy when they concern the same row (合计 against its types and
 * against its sources), or when one regroups the other's figures (机关运行经费's parts are 302's items):
 * equal published and computed totals and at least two, and at least half, of the parts in common.
 * Two unrelated rows that merely disagree by the same amounts stay two findings.
 */
function sameDiscrepancy(f: Finding, subject: Label, parts: CheckedFigure[]): boolean {
  if (f.subject.en === subject.en) return true;
  const theirs = new Set(f.parts.map((p) => p.amount));
  const shared = parts.filter((p) => theirs.has(p.amount)).length;
  return shared >= 2 && shared * 2 >= Math.min(parts.length, f.parts.length);
}

/** Runs the rules in their order on one document: one Checker, so that a discrepancy found by two rules is one finding. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): ReconciliationReport {
  const ch = new Checker();
  ch.textFigures = ctx.paragraphs.reduce((n, p) => n + p.mentions.length, 0);
  for (const rule of rules) {
    ch.ruleId = rule.id;
    rule.check(ch, ctx);
  }
  return ch.report();
}
