/**
 * 基本支出表 (basic expenditure by economic classification) back to the JSON's `expenditure.economic`:
 * the 合计 row, then items by 类/款 code (whole "30101" or split "301" "01") with 人员经费 / 公用经费.
 */
import { setCell } from '../model/columns.js';
import type { Amounts, EconomicTable } from '../model/types.js';
import type { ImportIssue } from './cells.js';
import { amountColumns, mapColumns } from './columns.js';
import { bodyAmount, classRow, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

export function readEconomic(table: ExtractedTable): { economic?: EconomicTable; issues: ImportIssue[] } {
  const SPECS = amountColumns('basicEconomic');
  const labels = table.header.labels.map((l) => compact(l));
  const split = ['类', '款'].map((w) => labels.findIndex((l) => l === w || l.endsWith(`·${w}`)));
  const codeSpec = split.every((i) => i >= 0) ? [] : [{ key: 'code', label: '科目编码', match: /编码|代码/, required: true }];
  const { index, issues } = mapColumns(labels, [...codeSpec, { key: 'name', label: '科目名称', match: /名称/, required: true }, ...SPECS], table.location);
  if (issues.length) return { issues };
  const economic: EconomicTable = { items: [] };
  let context: string | undefined;
  table.body.forEach((row, r) => {
    const parts = codeSpec.length ? [row[index.code!]] : split.map((i) => row[i]);
    const name = (row[index.name!] ?? '').trim();
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
    if (isTotal) economic.total = amounts;
    else {
      if (code.length === 3) context = code;
      economic.items.push({ code, name, amounts });
    }
  });
  return { economic, issues };
}
