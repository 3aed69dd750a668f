import type { BudgetDocument, TableLayout } from '../types.js';
import { FUNCTIONAL_CODE_COLUMNS, functionalTable } from './derive.js';
import type { ColumnSpec, StandardTable, TableSpec } from './spec.js';

const columns: ColumnSpec[] = [
  ...FUNCTIONAL_CODE_COLUMNS,
  { key: 'total', type: 'amount', label: { 'zh-CN': '合计', en: 'Total' }, match: /^(?:支出|本年支出)?(?:总计|合计)$/, required: true },
  { key: 'byType.basic', type: 'amount', label: { 'zh-CN': '基本支出', en: 'Basic expenditure' }, match: /基本支出/, required: true },
  { key: 'byType.project', type: 'amount', label: { 'zh-CN': '项目支出', en: 'Project expenditure' }, match: /项目支出/, required: true },
  { key: 'byType.operating', type: 'amount', label: { 'zh-CN': '经营支出', en: 'Business expenditure' }, match: /经营支出/ },
  { key: 'byType.remittance', type: 'amount', label: { 'zh-CN': '上解上级支出', en: 'Remittances to the level above' }, match: /上解上级|上缴上级/ },
  { key: 'byType.subsidy', type: 'amount', label: { 'zh-CN': '对附属单位补助支出', en: 'Subsidies to affiliated units' }, match: /对附属单位补助/ },
];

/** 支出总表: expenditure by function and type. */
export const deriveExpenditure = (doc: BudgetDocument, layout: TableLayout): StandardTable => functionalTable(doc, layout, columns);

export const expenditure: TableSpec<'expenditure'> = {
  kind: 'expenditure',
  title: '部门支出总表',
  englishTitle: 'Expenditure summary',
  names: ['支出总表'],
  titles: {
    precedence: 160,
    rules: [{ all: ['支出', '总表'] }, { all: ['支出决算表'] }],
    wordings: { hebei: ['部门预算支出总表'], shanghai: ['2025年部门支出预算总表'], shanghaiFinal: ['支出决算表'] },
  },
  columns,
  derive: deriveExpenditure,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'functional' },
};
