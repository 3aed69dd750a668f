import type { BudgetDocument, TableLayout } from '../types.js';
import { FUNCTIONAL_CODE_COLUMNS, functionalTable } from './derive.js';
import type { ColumnSpec, StandardTable, TableSpec } from './spec.js';

const CURRENT = { 'zh-CN': '本年收入', en: 'Income of the year' };

const columns: ColumnSpec[] = [
  ...FUNCTIONAL_CODE_COLUMNS,
  { key: 'total', type: 'amount', label: { 'zh-CN': '合计', en: 'Total' }, match: /^(?:收入|本年收入)?(?:总计|合计)$/, required: true },
  { key: 'bySource.currentYear', type: 'amount', label: { 'zh-CN': '小计', en: 'Subtotal' }, group: CURRENT, match: /本年收入.*(?:小计|合计)$/ },
  { key: 'bySource.fiscal', type: 'amount', label: { 'zh-CN': '财政拨款收入', en: 'Fiscal appropriations' }, group: CURRENT, match: /财政拨款/ },
  { key: 'bySource.specialAccount', type: 'amount', label: { 'zh-CN': '财政专户收入', en: 'Fiscal special account' }, group: CURRENT, match: /财政专户/ },
  { key: 'bySource.business', type: 'amount', label: { 'zh-CN': '事业收入', en: 'Business income' }, group: CURRENT, match: /事业收入/ },
  { key: 'bySource.operating', type: 'amount', label: { 'zh-CN': '经营收入', en: 'Operating income' }, group: CURRENT, match: /经营收入/ },
  { key: 'bySource.superiorSubsidy', type: 'amount', label: { 'zh-CN': '上级补助收入', en: 'Subsidies from above' }, group: CURRENT, match: /上级补助/ },
  {
    key: 'bySource.affiliatedRemittance',
    type: 'amount',
    label: { 'zh-CN': '附属单位上缴收入', en: 'Remittances of affiliated units' },
    group: CURRENT,
    match: /附属单位上缴/,
  },
  { key: 'bySource.other', type: 'amount', label: { 'zh-CN': '其他收入', en: 'Other income' }, group: CURRENT, match: /其他收入/ },
  { key: 'bySource.carryover', type: 'amount', label: { 'zh-CN': '上年结转', en: 'Carried over' }, match: /上年结转/ },
];

/** 收入总表: income by function and source (a final account's 收入决算表: its own rows, `income.functional`). */
export const deriveIncome = (doc: BudgetDocument, layout: TableLayout): StandardTable => functionalTable(doc, layout, columns, 'income');

export const income: TableSpec<'income'> = {
  kind: 'income',
  title: '部门收入总表',
  englishTitle: 'Income summary',
  names: ['收入总表'],
  titles: {
    precedence: 150,
    rules: [{ all: ['收入', '总表'] }, { all: ['收入决算表'] }],
    wordings: { hebei: ['部门预算收入总表'], shanghai: ['2025年部门收入预算总表'], shanghaiFinal: ['收入决算表'] },
  },
  columns,
  derive: deriveIncome,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'functional' },
};
