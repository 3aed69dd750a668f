/**
 * What a final account (部门决算) prints that a budget does not, back to the JSON (schema 1.3.0): its
 * 财政拨款收入支出决算总表, whose figures are its own (the carry-overs of fiscal funds and their totals)
 * and whose 类 lines repeat the detailed tables. A 类 line that differs from them is kept as printed,
 * in the table's layout, and the reconciliation reports the difference; it is never dropped or corrected.
 */
import type { ColumnKey } from '../model/columns.js';
import { cell, setCell } from '../model/columns.js';
import { Money } from '../model/money.js';
import { FISCAL_SOURCES, type Amounts, type BudgetDocument, type SourceKey } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import { mapColumns } from './columns.js';
import { bodyAmount, unread, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

/** Strips "一、" / "1." numbering from a line name. */
const bare = (s: string) => compact(s).replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])/, '');

/** A fiscal source line by its words. */
const sourceOf = (name: string): SourceKey | undefined =>
  /一般公共预算/.test(name) ? 'generalPublicBudget' : /政府性基金/.test(name) ? 'governmentFund' : /国有资本/.test(name) ? 'stateCapital' : undefined;

/** The expenditure side's columns by their last header: 合计 is 财政拨款 as a whole. */
const FUND_COLUMNS: Array<[RegExp, SourceKey]> = [
  [/一般公共预算/, 'generalPublicBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本/, 'stateCapital'],
  [/合计$|小计$/, 'fiscal'],
];

const same = (a: string, b: string) => new Money(a).equals(new Money(b));

export interface FinalFiscalResult {
  /** The 类 lines whose figures differ from their 类's in the detailed tables, as printed (code → figures). */
  printed: Map<string, Amounts>;
  issues: ImportIssue[];
}

/**
 * 财政拨款收入支出决算总表: the income side's three budgets (this year's, then under 年初财政拨款结转和结余 the
 * carry-overs), 本年收入合计 and 总计; the expenditure side by 类 and fund, 本年支出合计, 年末财政拨款结转和结余
 * and 总计 by fund. A figure the other tables give too counts as read where it agrees.
 */
export function readFinalFiscalSummary(table: ExtractedTable, doc: BudgetDocument, codeOf: (name: string) => string | undefined): FinalFiscalResult {
  const issues: ImportIssue[] = [];
  const printed = new Map<string, Amounts>();
  const labels = table.header.labels.map((l) => compact(l));
  const { index, issues: missing } = mapColumns(
    labels,
    [
      { key: 'incomeName', label: '收入·项目', match: /^收入·?(?:项目|名称)$/, required: true },
      { key: 'income', label: '收入·决算数', match: /^收入·?(?:决算数|金额|预算数)/, required: true },
      { key: 'expName', label: '支出·项目', match: /^支出·?(?:项目|名称)$/, required: true },
    ],
    table.location,
  );
  if (missing.length) return { printed, issues: missing };
  const funds: Array<{ key: SourceKey; column: number }> = [];
  labels.forEach((l, j) => {
    if (j <= index.expName!) return;
    const key = FUND_COLUMNS.find(([re]) => re.test(l.split('·').pop() ?? ''))?.[1];
    if (key && !funds.some((f) => f.key === key)) funds.push({ key, column: j });
  });
  const inc = doc.income;
  const exp = doc.expenditure;
  /** Writes a figure where the JSON has none; where it has one, the cell counts as read only when the two agree. */
  const place = (r: number, c: number, value: string, get: () => string | undefined, set: () => void, what: string): void => {
    const there = get();
    if (there === undefined) set();
    else if (!same(there, value)) {
      unread(table, r, [c]);
      issues.push({
        code: 'figure.mismatch',
        location: { ...table.location, row: table.firstBodyRow + r, column: c + 1 },
        text: value,
        detail: `${what} ${there}`,
      });
    }
  };
  let carried = false;
  let forwardSeen = false;
  /** The 合计 column's 类 figures: written into the 类 only if every line equals its three budgets' sum (a column is whole or absent). */
  const wholes: Array<{ item: { code: string; name: string; amounts: Amounts }; value: string; agrees: boolean; r: number; c: number; name: string }> = [];
  table.body.forEach((row, r) => {
    const incomeName = bare(row[index.incomeName!] ?? '');
    if (incomeName) {
      const { value, issue } = bodyAmount(table, r, index.income!);
      if (issue) issues.push(issue);
      const source = sourceOf(incomeName);
      if (/结转|结余/.test(incomeName)) {
        carried = true;
        if (value !== undefined) (inc.fiscalCarryover ??= {}).fiscal = value;
      } else if (/^总计$|收入总计/.test(incomeName)) {
        if (value !== undefined) inc.fiscalTotal = value;
      } else if (/本年收入合计/.test(incomeName)) {
        if (value !== undefined)
          place(
            r,
            index.income!,
            value,
            () => inc.bySource.fiscal,
            () => (inc.bySource.fiscal = value),
            '财政拨款收入',
          );
      } else if (source) {
        if (value === undefined) return;
        if (carried) (inc.fiscalCarryover ??= {})[source] = value;
        else
          place(
            r,
            index.income!,
            value,
            () => inc.bySource[source],
            () => (inc.bySource[source] = value),
            incomeName,
          );
      } else {
        unread(table, r, [index.income!]);
        issues.push({
          code: 'table.unknownLine',
          location: { ...table.location, row: table.firstBodyRow + r, column: index.incomeName! + 1 },
          text: row[index.incomeName!] ?? '',
        });
      }
    }
    const expName = bare(row[index.expName!] ?? '');
    if (!expName) return;
    const figures = funds.flatMap((f) => {
      const { value, issue } = bodyAmount(table, r, f.column);
      if (issue) issues.push(issue);
      return value !== undefined ? [{ ...f, value }] : [];
    });
    if (/^总计$|支出总计/.test(expName)) {
      for (const f of figures) (exp.fiscalTotal ??= {})[f.key] = f.value;
    } else if (/本年支出合计/.test(expName)) {
      const total = (exp.functionalTotal ??= {});
      for (const f of figures) {
        const key: ColumnKey = `bySource.${f.key}`;
        place(
          r,
          f.column,
          f.value,
          () => cell(total, key),
          () => setCell(total, key, f.value),
          `合计 ${key}`,
        );
      }
    } else if (/结转|结余/.test(expName)) {
      forwardSeen = true;
      for (const f of figures) (exp.fiscalCarryForward ??= {})[f.key] = f.value;
    } else if (!forwardSeen) {
      // A 类 line: its fiscal expenditure by fund, which the 一般公共预算 table gives too.
      if (!figures.length) return;
      const code = codeOf(expName);
      const item = code ? exp.functional.find((i) => i.code === code) : undefined;
      if (!item) {
        for (const f of figures) unread(table, r, [f.column]);
        issues.push({
          code: 'figure.onlyInSummary',
          location: { ...table.location, row: table.firstBodyRow + r },
          text: `${expName} ${figures.map((f) => f.value).join(' ')}`,
        });
        return;
      }
      for (const f of figures) {
        const key: ColumnKey = `bySource.${f.key}`;
        // 合计 is the three budgets' sum where the detailed tables give them.
        const funds = FISCAL_SOURCES.map((s) => cell(item.amounts, `bySource.${s}`)).filter((v): v is string => v !== undefined);
        const implied = f.key === 'fiscal' && funds.length ? funds.reduce((a, b) => a.plus(new Money(b)), new Money(0)) : undefined;
        if (f.key === 'fiscal' && cell(item.amounts, key) === undefined) {
          wholes.push({ item, value: f.value, agrees: implied === undefined || implied.equals(new Money(f.value)), r, c: f.column, name: expName });
          continue;
        }
        const there = cell(item.amounts, key);
        if (there === undefined) setCell(item.amounts, key, f.value);
        else if (!same(there, f.value)) {
          // Kept as printed beside its 类; the reconciliation says by how much the two differ.
          setCell(printed.get(item.code) ?? (printed.set(item.code, {}), printed.get(item.code)!), key, f.value);
          issues.push({
            code: 'figure.keptAsPrinted',
            location: { ...table.location, row: table.firstBodyRow + r, column: f.column + 1 },
            text: `${expName} ${f.value}`,
            detail: `${item.code} ${item.name} ${there}`,
          });
        }
      }
    }
  });
  const whole = wholes.every((w) => w.agrees);
  for (const w of wholes) {
    if (whole) setCell(w.item.amounts, 'bySource.fiscal', w.value);
    else {
      setCell(printed.get(w.item.code) ?? (printed.set(w.item.code, {}), printed.get(w.item.code)!), 'bySource.fiscal', w.value);
      if (!w.agrees)
        issues.push({
          code: 'figure.keptAsPrinted',
          location: { ...table.location, row: table.firstBodyRow + w.r, column: w.c + 1 },
          text: `${w.name} ${w.value}`,
          detail: `${w.item.code} ${w.item.name}`,
        });
    }
  }
  return { printed, issues };
}
