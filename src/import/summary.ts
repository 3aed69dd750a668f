/**
 * 收支总表 back to the JSON's income lines and totals: the income side's lines by their names (in the
 * Hebei wording "一、一般公共预算拨款收入" or the Shanghai "1. 一般公共预算拨款"), 本年收入合计, 上年结转,
 * 收入总计; the expenditure side's 本年支出合计, 年终结转结余 and 支出总计. The 类 lines of the expenditure
 * side repeat the functional tables, which are read there.
 */
import type { ColumnKey } from '../model/columns.js';
import type { SourceKey } from '../model/types.js';
import { type ImportIssue } from './cells.js';
import { headerLevels, mapColumns } from './columns.js';
import { bodyAmount, unread, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

/** An income line's source, from its published name; most specific words first. */
const INCOME_WORDS: Array<[RegExp, SourceKey | 'total' | 'nonFiscalBalanceUsed']> = [
  [/收入总计|^总计$/, 'total'],
  [/本年收入(?:合计|小计)/, 'currentYear'],
  [/上年结转|^年初结转/, 'carryover'],
  // A final account's 收入支出决算总表.
  [/使用非财政拨款结余/, 'nonFiscalBalanceUsed'],
  [/一般公共预算/, 'generalPublicBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/单位资金/, 'unitFunds'],
  [/经营收入/, 'operating'],
  [/事业收入/, 'business'],
  [/上级补助/, 'superiorSubsidy'],
  [/附属单位上缴/, 'affiliatedRemittance'],
  [/其他收入/, 'other'],
  [/财政拨款/, 'fiscal'],
];

const EXPENDITURE_WORDS: Array<[RegExp, 'currentYear' | 'carryForward' | 'balanceDistribution' | 'total']> = [
  [/支出总计|^总计$/, 'total'],
  [/本年支出(?:合计|小计)/, 'currentYear'],
  [/结转(?:结余|下年)|^年末结转/, 'carryForward'],
  [/^结余分配$/, 'balanceDistribution'],
];

export interface SummaryResult {
  income: { total?: string; bySource: Partial<Record<SourceKey, string>>; nonFiscalBalanceUsed?: string };
  expenditure: { total?: string; currentYear?: string; carryForward?: string; balanceDistribution?: string };
  /** The income lines in their published order (the table layout's `incomeLines`). */
  incomeLines: SourceKey[];
  /** The expenditure side's 类 lines (name without numbering, figure, place in the body): counted read once they agree with the functional tables. */
  categoryLines: Array<{ name: string; value: string; row: number; column: number; extra: ExtraFigure[] }>;
  /**
   * The amount columns the expenditure side prints after its 合计 (a Shanghai unit budget's 基本支出 人员经费 |
   * 公用经费 and 项目支出), with their headers as printed; and the 支出总计 row's figures in them.
   */
  expenditureColumns: Array<{ key: ColumnKey; column: number; label: string; group?: string; subgroup?: string }>;
  totalExtra: ExtraFigure[];
  issues: ImportIssue[];
}

/** A figure of a 类 line (or the total) in one of the expenditure side's further columns. */
export interface ExtraFigure {
  key: ColumnKey;
  value: string;
  row: number;
  column: number;
}

/** The further expenditure columns by their last header: most specific first. */
const EXTRA_COLUMNS: Array<[RegExp, ColumnKey]> = [
  [/人员经费$/, 'byCostKind.personnel'],
  [/公用经费$/, 'byCostKind.public'],
  [/项目支出$/, 'byType.project'],
  [/基本支出$/, 'byType.basic'],
];

/** A printed header as label, group and subgroup, the 预算数 / 决算数 level left out. */
const headerParts = (label: string) => headerLevels(label, /^(?:预算数|决算数|金额)$/);

/** Strips "一、" / "1." / "（一）" numbering from a line name. */
const bare = (s: string) => compact(s).replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/, '');

export function readSummary(table: ExtractedTable): SummaryResult {
  const result: SummaryResult = {
    income: { bySource: {} },
    expenditure: {},
    incomeLines: [],
    categoryLines: [],
    expenditureColumns: [],
    totalExtra: [],
    issues: [],
  };
  const labels = table.header.labels.map((l) => compact(l));
  const { index, issues } = mapColumns(
    labels,
    [
      // 收入 / 本年收入 / 收入预算 over 项目 and 预算数 (or 决算数 …): the wordings of the templates.
      { key: 'incomeName', label: '收入·项目', match: /^(?:本年)?收入(?:预算)?·?(?:项目|名称)$/, required: true },
      { key: 'income', label: '收入·预算数', match: /^(?:本年)?收入(?:预算)?·?(?:预算数|决算数|金额|预算)/, required: true },
      { key: 'expName', label: '支出·项目', match: /^(?:本年)?支出(?:预算)?·?(?:项目|名称)$/, required: true },
      { key: 'exp', label: '支出·预算数', match: /^(?:本年)?支出(?:预算)?·?(?:预算数|决算数|金额|预算)/, required: true },
    ],
    table.location,
  );
  result.issues.push(...issues);
  if (issues.length) return result;
  // Amount columns after the expenditure side's first one, each its own figure of the 类 lines.
  labels.forEach((l, j) => {
    const key = j > index.exp! ? EXTRA_COLUMNS.find(([re]) => re.test(l))?.[1] : undefined;
    if (key && !result.expenditureColumns.some((c) => c.key === key)) result.expenditureColumns.push({ key, column: j, ...headerParts(l) });
  });
  if (result.expenditureColumns.length) result.expenditureColumns.unshift({ key: 'total', column: index.exp!, ...headerParts(labels[index.exp!]!) });
  const extras = (r: number): ExtraFigure[] =>
    result.expenditureColumns
      .filter((c) => c.key !== 'total')
      .flatMap((c) => {
        const { value } = bodyAmount(table, r, c.column);
        unread(table, r, [c.column]);
        return value !== undefined ? [{ key: c.key, value, row: r, column: c.column }] : [];
      });
  table.body.forEach((row, r) => {
    const incomeName = bare(row[index.incomeName!] ?? '');
    if (incomeName) {
      const key = INCOME_WORDS.find(([re]) => re.test(incomeName))?.[1];
      const { value, issue } = bodyAmount(table, r, index.income!);
      if (issue) result.issues.push(issue);
      if (!key) {
        unread(table, r, [index.income!]);
        result.issues.push({
          code: 'table.unknownLine',
          location: { ...table.location, row: table.firstBodyRow + r, column: index.incomeName! + 1 },
          text: row[index.incomeName!] ?? '',
        });
      } else if (key === 'total') result.income.total = value;
      else if (key === 'nonFiscalBalanceUsed') {
        if (value !== undefined) result.income.nonFiscalBalanceUsed = value;
      } else {
        if (key !== 'currentYear' && key !== 'carryover') result.incomeLines.push(key);
        if (value !== undefined) result.income.bySource[key] = value;
      }
    }
    const expName = bare(row[index.expName!] ?? '');
    const expKey = EXPENDITURE_WORDS.find(([re]) => re.test(expName))?.[1];
    if (expKey) {
      const { value, issue } = bodyAmount(table, r, index.exp!);
      if (issue) result.issues.push(issue);
      else if (value !== undefined) result.expenditure[expKey] = value;
      if (expKey === 'total') result.totalExtra = extras(r);
    } else if (expName) {
      // A 类 line: the functional tables publish it too; import.ts checks the two agree.
      const { value, issue } = bodyAmount(table, r, index.exp!);
      if (issue) result.issues.push(issue);
      else if (value !== undefined) {
        unread(table, r, [index.exp!]);
        result.categoryLines.push({ name: expName, value, row: r, column: index.exp!, extra: extras(r) });
      }
    }
  });
  // A further column counts only where the table prints a figure in it (a template's blank 人员经费 column is no column of its document).
  const filled = new Set([...result.categoryLines.flatMap((l) => l.extra), ...result.totalExtra].map((e) => e.key));
  result.expenditureColumns = result.expenditureColumns.filter((c) => c.key === 'total' || filled.has(c.key));
  if (result.expenditureColumns.length === 1) result.expenditureColumns = [];
  return result;
}

/** An income line as a summary table prints it: its label, and the source it names. */
export interface PrintedIncomeLine {
  label: string;
  key: SourceKey;
}

/**
 * The lines a two-sided summary table (收支总表, 财政拨款收支总表) prints, with their labels as printed:
 * the income side's source lines and the expenditure side's 类 lines (name without numbering, label
 * with it), the empty ones too; totals, 本年合计 and carry-over lines are left out. Undefined where the
 * table has no 项目 column on a side, or an income line names no source the kit knows.
 */
export function printedLines(table: ExtractedTable): { income: PrintedIncomeLine[]; categories: Array<{ name: string; label: string }> } | undefined {
  const labels = table.header.labels.map((l) => compact(l));
  const incomeAt = labels.findIndex((l) => /收入(?:预算)?·?(?:项目|名称)$/.test(l));
  const expAt = labels.findIndex((l) => /支出(?:预算)?·?(?:项目|名称)$/.test(l));
  if (incomeAt < 0 || expAt < 0) return undefined;
  const income: PrintedIncomeLine[] = [];
  const categories: Array<{ name: string; label: string }> = [];
  const printed = (c: string | undefined) => (c ?? '').replace(/\s+/g, ' ').trim();
  // The lines after a carry-over line (年初财政拨款结转和结余, its parts) are not this year's.
  let carried = false;
  for (const row of table.body) {
    const inc = printed(row[incomeAt]);
    const exp = printed(row[expAt]);
    if (/结转|结余/.test(inc) || /结转|结余/.test(exp)) carried = true;
    if (carried) continue;
    if (inc) {
      const key = INCOME_WORDS.find(([re]) => re.test(bare(inc)))?.[1];
      if (!key) return undefined;
      if (key !== 'total' && key !== 'currentYear' && key !== 'carryover' && key !== 'nonFiscalBalanceUsed') income.push({ label: inc, key });
    }
    if (exp && !EXPENDITURE_WORDS.some(([re]) => re.test(bare(exp))) && !/合计|小计/.test(exp)) categories.push({ name: bare(exp), label: exp });
  }
  return { income, categories };
}
