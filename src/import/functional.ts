/**
 * The functional-classification tables (收入总表, 支出总表 and the three fund tables) back to the JSON's
 * `expenditure.functional` items and `functionalTotal`: each table gives some amount keys of the same
 * rows, merged by code. Codes may be whole or split over 类/款/项 columns; empty cells stay absent.
 */
import { FUNCTIONAL_CODE_COLUMNS } from '../model/tables/derive.js';
import { TABLE_SPECS, tableSpec } from '../model/tables/index.js';
import { cell, setCell, type ColumnKey } from '../model/columns.js';
import { Money } from '../model/money.js';
import type { Amounts, FunctionalItem } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import { amountColumns, mapColumns, phaseOfTitle, wantedColumn, type ColumnSpec } from './columns.js';
import { bodyAmount, classRow, unread, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

/** The functional tables: the kinds whose spec reads them with the `functional` reader. */
const isFunctional = (kind: string) => tableSpec(kind)?.import?.read === 'functional';

/** 科目编码 and 科目名称, as the specs of the functional tables declare them. */
const CODE_SPEC = wantedColumn(FUNCTIONAL_CODE_COLUMNS[0]!, 'code');
const NAME_SPEC = wantedColumn(FUNCTIONAL_CODE_COLUMNS[1]!, 'name');

export interface FunctionalResult {
  functional: FunctionalItem[];
  functionalTotal: Amounts;
  issues: ImportIssue[];
}

/** The built-in functional kinds (收入总表, 支出总表 and the three fund tables). */
export const FUNCTIONAL_KINDS = TABLE_SPECS.filter((s) => isFunctional(s.kind)).map((s) => s.kind);

/**
 * The columns of a code split over 类/款/项 (or 类/款): by the header's last level, or by the first body row
 * where a table prints 类 | 款 | 项 beside its 合计 figures (the 决算 tables of Shanghai), which then reads as its 合计 row.
 */
export function splitCodeColumns(labels: readonly string[], first: readonly string[] | undefined, words: readonly string[]): number[] {
  const split = words.map((w) => labels.findIndex((l) => l === w || l.endsWith(`·${w}`)));
  if (split.every((i) => i >= 0) || !first) return split;
  const cells = first.map((c) => compact(c));
  const inRow = words.map((w) => cells.indexOf(w));
  return inRow.every((i) => i >= 0) ? inRow : split;
}

/** Reads every functional table given; rows keep the order in which their codes first appear. */
export function readFunctional(tables: ExtractedTable[]): FunctionalResult {
  const items = new Map<string, FunctionalItem>();
  const functionalTotal: Amounts = {};
  const issues: ImportIssue[] = [];
  for (const table of tables.filter((t) => isFunctional(t.kind))) {
    const labels = table.header.labels.map((l) => compact(l));
    const split = splitCodeColumns(labels, table.body[0], ['类', '款', '项']);
    const codeSpec: ColumnSpec[] = split.every((i) => i >= 0) ? [] : [CODE_SPEC];
    const wanted = amountColumns(table.kind, phaseOfTitle(table.title));
    const { index, issues: missing } = mapColumns(labels, [...codeSpec, NAME_SPEC, ...wanted], table.location);
    issues.push(...missing);
    if (missing.length) continue;
    let context: string | undefined;
    // A code printed twice in one table (a split code read without its 款/项 columns gives every row its 类's
    // code): the second row's figures are never written over the first's; where they differ, that is said.
    const seen = new Set<string>();
    table.body.forEach((row, r) => {
      const parts = codeSpec.length ? [row[index.code!]] : split.map((i) => row[i]);
      const name = (row[index.name!] ?? '').trim();
      const line = classRow(table, r, parts, name, context, issues);
      if (line.kind === 'none' || line.kind === 'skipped') return; // a heading or a blank row; or reported
      let target: Amounts;
      const repeated = line.kind === 'item' && seen.has(line.code);
      if (line.kind === 'total') target = functionalTotal;
      else {
        context = line.code;
        seen.add(line.code);
        let item = items.get(line.code);
        if (!item) items.set(line.code, (item = { code: line.code, name, amounts: {} }));
        target = item.amounts;
      }
      // A repeated code's row is another line where its name or a figure differs: not read, and said.
      const figures: Array<{ key: ColumnKey; column: number; value: string }> = [];
      for (const spec of wanted) {
        const c = index[spec.key];
        if (c === undefined) continue;
        const { value, issue } = bodyAmount(table, r, c);
        if (issue) issues.push(issue);
        else if (value !== undefined) figures.push({ key: spec.key, column: c, value });
      }
      if (!repeated) for (const f of figures) setCell(target, f.key, f.value);
      else {
        const first = items.get((line as { code: string }).code)!;
        const differs =
          compact(first.name) !== compact(name) ||
          figures.some((f) => cell(target, f.key) === undefined || !new Money(cell(target, f.key)!).equals(new Money(f.value)));
        if (differs) {
          unread(
            table,
            r,
            figures.map((f) => f.column),
          );
          issues.push({
            code: 'code.repeated',
            location: { ...table.location, row: table.firstBodyRow + r },
            text: `${first.code} ${name} ${figures.map((f) => f.value).join(' ')}`.trim(),
            detail: `${first.code} ${first.name}`,
          });
        }
      }
    });
  }
  return { functional: [...items.values()], functionalTotal, issues };
}
