/**
 * 政府采购预算表 back to the JSON's `procurement`: the 合计 row, one 小计 row per unit, and the items
 * under it (project, its budget, the item, catalogue number, measure, quantity, unit price, the amount by
 * fund source, and the share reserved for small and medium enterprises). Empty cells stay absent.
 */
import type { Amounts, Procurement, ProcurementItem, SourceKey } from '../model/types.js';
import { type ImportIssue } from './cells.js';
import { mapColumns, type ColumnSpec } from './columns.js';
import { bodyAmount, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

const SOURCES: Array<[SourceKey, RegExp, string]> = [
  ['generalPublicBudget', /一般公共预算/, '一般公共预算拨款'],
  ['governmentFund', /基金预算|政府性基金/, '基金预算拨款'],
  ['stateCapital', /国有资本/, '国有资本经营预算拨款'],
  ['specialAccount', /财政专户/, '财政专户核拨'],
  ['unitFunds', /单位资金/, '单位资金'],
  ['carryover', /上年结转/, '上年结转结余'],
];

const SPECS: ColumnSpec[] = [
  { key: 'projectName', label: '项目名称', match: /项目名称$/, required: true },
  { key: 'projectBudget', label: '预算资金', match: /(?:来源|项目)·?预算(?:资金|金额)?$|^预算资金$/ },
  { key: 'item', label: '采购物品名称', match: /(?:物品|品目)名称|^采购项目$/, required: true },
  { key: 'catalogCode', label: '政府采购目录序号', match: /目录(?:序号|编码|代码)/ },
  { key: 'measureUnit', label: '计量单位', match: /计量单位/ },
  { key: 'quantity', label: '数量', match: /(?:^|·)数量$/ },
  { key: 'unitPrice', label: '单价', match: /单价/ },
  { key: 'total', label: '合计', match: /(?:^|·)(?:合计|小计)$/, required: true },
  ...SOURCES.map(([key, match, label]) => ({ key: `bySource.${key}`, label, match })),
  { key: 'smeReserved', label: '预留中小企业份额', match: /中小微?企业/ },
];

export function readProcurement(table: ExtractedTable): { procurement?: Procurement; issues: ImportIssue[] } {
  const labels = table.header.labels.map(compact);
  const { index, issues } = mapColumns(labels, SPECS, table.location);
  if (issues.length) return { issues };
  const procurement: Procurement = {};
  const subtotals: NonNullable<Procurement['subtotals']> = [];
  const items: ProcurementItem[] = [];
  let unitName: string | undefined;
  const cell = (r: number, key: string) => (index[key] !== undefined ? (table.body[r]![index[key]!] ?? '').trim() : '');
  const amount = (r: number, key: string): string | undefined => {
    if (index[key] === undefined) return undefined;
    const { value, issue } = bodyAmount(table, r, index[key]!);
    if (issue) issues.push(issue);
    return value;
  };
  const amountsOf = (r: number): Amounts => {
    const a: Amounts = {};
    const total = amount(r, 'total');
    if (total !== undefined) a.total = total;
    for (const [key] of SOURCES) {
      const v = amount(r, `bySource.${key}`);
      if (v !== undefined) (a.bySource ??= {})[key] = v;
    }
    return a;
  };
  table.body.forEach((row, r) => {
    if (row.every((c) => !c.trim())) return;
    const first = cell(r, 'projectName');
    const sme = amount(r, 'smeReserved');
    if (/^(?:合计|总计)$/.test(compact(first))) {
      procurement.total = amountsOf(r);
      if (sme !== undefined) procurement.smeReservedTotal = sme;
      return;
    }
    const sub = /^(.+?)\s*(?:小计|合计)$/.exec(first);
    if (sub && !cell(r, 'item')) {
      unitName = sub[1]!.trim();
      subtotals.push({ unitName, amounts: amountsOf(r), ...(sme !== undefined ? { smeReserved: sme } : {}) });
      return;
    }
    const name = cell(r, 'item');
    if (!name) {
      issues.push({ code: 'table.unknownLine', location: { ...table.location, row: table.firstBodyRow + r }, text: row.filter(Boolean).join(' | ') });
      return;
    }
    const item: ProcurementItem = { item: name, amounts: amountsOf(r) };
    if (unitName) item.unitName = unitName;
    if (first) item.projectName = first;
    for (const key of ['projectBudget', 'quantity', 'unitPrice'] as const) {
      const v = amount(r, key);
      if (v !== undefined) item[key] = v;
    }
    for (const key of ['catalogCode', 'measureUnit'] as const) {
      const v = cell(r, key);
      if (v) item[key] = compact(v);
    }
    if (sme !== undefined) item.smeReserved = sme;
    items.push(item);
  });
  if (subtotals.length) procurement.subtotals = subtotals;
  if (items.length) procurement.items = items;
  if (table.note) procurement.note = table.note;
  return { procurement, issues };
}
