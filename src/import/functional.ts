/**
 * The functional-classification tables (收入总表, 支出总表 and the three fund tables) back to the JSON's
 * `expenditure.functional` items and `functionalTotal`: each table gives some amount keys of the same
 * rows, merged by code. Codes may be whole or split over 类/款/项 columns; empty cells stay absent.
 */
import type { Amounts, FunctionalItem, SourceKey } from '../model/types.js';
import { parseCode, type ImportIssue } from './cells.js';
import { mapColumns, type ColumnSpec } from './columns.js';
import { bodyAmount, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

const FUND: Partial<Record<string, SourceKey>> = {
  generalPublicExpenditure: 'generalPublicBudget',
  governmentFundExpenditure: 'governmentFund',
  stateCapitalExpenditure: 'stateCapital',
};

/** The amount columns of each functional table, by what their (joined) header says. */
function amountSpecs(kind: string): ColumnSpec[] {
  if (kind === 'income') {
    return [
      { key: 'total', label: '合计', match: /^(?:收入)?(?:总计|合计)$/, required: true },
      { key: 'bySource.currentYear', label: '本年收入·小计', match: /本年收入.*(?:小计|合计)$/ },
      { key: 'bySource.fiscal', label: '财政拨款收入', match: /财政拨款/ },
      { key: 'bySource.specialAccount', label: '财政专户收入', match: /财政专户/ },
      { key: 'bySource.business', label: '事业收入', match: /事业收入/ },
      { key: 'bySource.operating', label: '经营收入', match: /经营收入/ },
      { key: 'bySource.superiorSubsidy', label: '上级补助收入', match: /上级补助/ },
      { key: 'bySource.affiliatedRemittance', label: '附属单位上缴收入', match: /附属单位上缴/ },
      { key: 'bySource.other', label: '其他收入', match: /其他收入/ },
      { key: 'bySource.carryover', label: '上年结转', match: /上年结转/ },
    ];
  }
  if (kind === 'expenditure') {
    return [
      { key: 'total', label: '合计', match: /^(?:支出)?(?:总计|合计)$/, required: true },
      { key: 'byType.basic', label: '基本支出', match: /基本支出/, required: true },
      { key: 'byType.project', label: '项目支出', match: /项目支出/, required: true },
      { key: 'byType.operating', label: '经营支出', match: /经营支出/ },
      { key: 'byType.remittance', label: '上解上级支出', match: /上解上级/ },
      { key: 'byType.subsidy', label: '对附属单位补助支出', match: /对附属单位补助/ },
    ];
  }
  const source = FUND[kind]!;
  return [
    { key: `bySource.${source}`, label: '合计', match: /(?:总计|合计)$/, required: true },
    { key: `bySourceType.${source}.basic`, label: '基本支出', match: /基本支出/, required: true },
    { key: `bySourceType.${source}.project`, label: '项目支出', match: /项目支出/, required: true },
  ];
}

/** Sets a dotted amounts key ("bySourceType.generalPublicBudget.basic") on an Amounts object. */
function setAmount(a: Amounts, key: string, value: string): void {
  const [group, k1, k2] = key.split('.') as [keyof Amounts, string?, string?];
  if (group === 'total') a.total = value;
  else if (k2) {
    const g = ((a[group] as Record<string, Record<string, string>> | undefined) ??= {} as never) as Record<string, Record<string, string>>;
    (g[k1!] ??= {})[k2] = value;
  } else {
    const g = ((a[group] as Record<string, string> | undefined) ??= {} as never) as Record<string, string>;
    g[k1!] = value;
  }
}

export interface FunctionalResult {
  functional: FunctionalItem[];
  functionalTotal: Amounts;
  issues: ImportIssue[];
}

export const FUNCTIONAL_KINDS = ['income', 'expenditure', 'generalPublicExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure'];

/** Reads every functional table given; rows keep the order in which their codes first appear. */
export function readFunctional(tables: ExtractedTable[]): FunctionalResult {
  const items = new Map<string, FunctionalItem>();
  const functionalTotal: Amounts = {};
  const issues: ImportIssue[] = [];
  for (const table of tables.filter((t) => FUNCTIONAL_KINDS.includes(t.kind))) {
    const labels = table.header.labels.map((l) => compact(l));
    const split = ['类', '款', '项'].map((w) => labels.findIndex((l) => l === w || l.endsWith(`·${w}`)));
    const codeSpec: ColumnSpec[] = split.every((i) => i >= 0) ? [] : [{ key: 'code', label: '科目编码', match: /编码|代码/, required: true }];
    const { index, issues: missing } = mapColumns(
      labels,
      [...codeSpec, { key: 'name', label: '科目名称', match: /名称|^功能分类科目$|项目$/, required: true }, ...amountSpecs(table.kind)],
      table.location,
    );
    issues.push(...missing);
    if (missing.length) continue;
    let context: string | undefined;
    table.body.forEach((row, r) => {
      const parts = codeSpec.length ? [row[index.code!]] : split.map((i) => row[i]);
      const code = parseCode(parts, context);
      const name = (row[index.name!] ?? '').trim();
      if (!code.ok) {
        issues.push({ code: 'code.malformed', location: { ...table.location, row: table.firstBodyRow + r }, text: parts.filter(Boolean).join(' ') });
        return;
      }
      const isTotal = !code.code && /^(?:合\s*计|总\s*计)$/.test(compact(name));
      if (!code.code && !isTotal) return; // a heading or a blank row
      let target: Amounts;
      if (isTotal) target = functionalTotal;
      else {
        context = code.code;
        let item = items.get(code.code!);
        if (!item) items.set(code.code!, (item = { code: code.code!, name, amounts: {} }));
        target = item.amounts;
      }
      for (const spec of amountSpecs(table.kind)) {
        const c = index[spec.key];
        if (c === undefined) continue;
        const { value, issue } = bodyAmount(table, r, c);
        if (issue) issues.push(issue);
        else if (value !== undefined) setAmount(target, spec.key, value);
      }
    });
  }
  return { functional: [...items.values()], functionalTotal, issues };
}
