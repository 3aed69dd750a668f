/**
 * The functional-classification tables (收入总表, 支出总表 and the three fund tables) back to the JSON's
 * `expenditure.functional` items and `functionalTotal`: each table gives some amount keys of the same
 * rows, merged by code. Codes may be whole or split over 类/款/项 columns; empty cells stay absent.
 */
import { FUNCTIONAL_CODE_COLUMNS } from '../model/tables/derive.js';
import { TABLE_SPECS, tableSpec } from '../model/tables/index.js';
import { setCell } from '../model/columns.js';
import type { Amounts, FunctionalItem } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import { amountColumns, mapColumns, phaseOfTitle, wantedColumn, type ColumnSpec } from './columns.js';
import { bodyAmount, classRow, type ExtractedTable } from './extract.js';
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
    table.body.forEach((row, r) => {
      const parts = codeSpec.length ? [row[index.code!]] : split.map((i) => row[i]);
      const name = (row[index.name!] ?? '').trim();
      const line = classRow(table, r, parts, name, context, issues);
      if (line.kind === 'none' || line.kind === 'skipped') return; // a heading or a blank row; or reported
      let target: Amounts;
      if (line.kind === 'total') target = functionalTotal;
      else {
        context = line.code;
        let item = items.get(line.code);
        if (!item) items.set(line.code, (item = { code: line.code, name, amounts: {} }));
        target = item.amounts;
      }
      for (const spec of wanted) {
        const c = index[spec.key];
        if (c === undefined) continue;
        const { value, issue } = bodyAmount(table, r, c);
        if (issue) issues.push(issue);
        else if (value !== undefined) setCell(target, spec.key, value);
      }
    });
  }
  return { functional: [...items.values()], functionalTotal, issues };
}
