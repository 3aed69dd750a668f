/**
 * 基本支出表 (basic expenditure by economic classification) back to the JSON's `expenditure.economic`:
 * the 合计 row, then items by 类/款 code (whole "30101" or split "301" "01") with 人员经费 / 公用经费. A final
 * account's table (一般公共预算财政拨款基本支出决算表) prints two panels side by side, each code | name |
 * 决算数, and under them 人员经费合计 and 公用经费合计: the panels are read left, then right.
 */
import { setCell } from '../model/columns.js';
import type { Amounts, EconomicTable } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import { amountColumns, mapColumns, phaseOfTitle } from './columns.js';
import { bodyAmount, classRow, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';
import { splitCodeColumns } from './functional.js';

/** The panels of the table: its columns, cut before the second code column where it prints two 科目名称. */
function panels(labels: readonly string[]): number[][] {
  const all = labels.map((_, i) => i);
  const names = all.filter((i) => /名称/.test(labels[i]!));
  if (names.length !== 2) return [all];
  const codeLike = (i: number) => /编码|代码|(?:^|·)类$/.test(labels[i]!);
  const start = all.find((i) => i > names[0]! && i < names[1]! && codeLike(i)) ?? names[1]!;
  return [all.filter((i) => i < start), all.filter((i) => i >= start)];
}

export function readEconomic(table: ExtractedTable): { economic?: EconomicTable; issues: ImportIssue[] } {
  // A final account's prints 决算数 alone: the budget's 人员经费 / 公用经费 columns are not looked for.
  const SPECS = amountColumns('basicEconomic', phaseOfTitle(table.title));
  const allLabels = table.header.labels.map((l) => compact(l));
  const economic: EconomicTable = { items: [] };
  const issues: ImportIssue[] = [];
  let read = false;
  for (const cols of panels(allLabels)) {
    const labels = cols.map((c) => allLabels[c]!);
    const first = table.body[0] && cols.map((c) => table.body[0]![c] ?? '');
    const split = splitCodeColumns(labels, first, ['类', '款']).map((i) => (i >= 0 ? cols[i]! : -1));
    const codeSpec = split.every((i) => i >= 0) ? [] : [{ key: 'code', label: '科目编码', match: /编码|代码/, required: true }];
    const found = mapColumns(labels, [...codeSpec, { key: 'name', label: '科目名称', match: /名称/, required: true }, ...SPECS], table.location);
    issues.push(...found.issues);
    if (found.issues.length) continue;
    read = true;
    const index = Object.fromEntries(Object.entries(found.index).map(([k, i]) => [k, cols[i]!]));
    let context: string | undefined;
    table.body.forEach((row, r) => {
      const parts = codeSpec.length ? [row[index.code!]] : split.map((i) => row[i]);
      const name = (row[index.name!] ?? '').trim();
      // 人员经费合计 / 公用经费合计 under a final account's panels: the 合计 row's cost kinds.
      const costTotal = /^(人员|公用)经费合计$/.exec(compact(name));
      if (costTotal && parts.every((p) => !p?.trim() || compact(p) === compact(name))) {
        const total = (economic.total ??= {});
        for (const spec of SPECS) {
          const { value, issue } = bodyAmount(table, r, index[spec.key]!);
          if (issue) issues.push(issue);
          else if (value !== undefined) setCell(total, costTotal[1] === '人员' ? 'byCostKind.personnel' : 'byCostKind.public', value);
        }
        return;
      }
      const line = classRow(table, r, parts, name, context, issues);
      if (line.kind === 'none' || line.kind === 'skipped') return;
      // An economic code has a 类 and perhaps a 款: 3 or 5 digits.
      if (line.kind === 'item' && line.code.length > 5) {
        issues.push({ code: 'code.malformed', location: { ...table.location, row: table.firstBodyRow + r }, text: parts.filter(Boolean).join(' ') });
        return;
      }
      const isTotal = line.kind === 'total';
      const code = line.kind === 'item' ? line.code : '';
      const amounts: Amounts = {};
      for (const spec of SPECS) {
        const { value, issue } = bodyAmount(table, r, index[spec.key]!);
        if (issue) issues.push(issue);
        else if (value !== undefined) setCell(amounts, spec.key, value);
      }
      if (isTotal) economic.total = { ...economic.total, ...amounts };
      else {
        if (code.length === 3) context = code;
        economic.items.push({ code, name, amounts });
      }
    });
  }
  return read ? { economic, issues } : { issues };
}
