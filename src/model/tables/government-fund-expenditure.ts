import type { BudgetDocument, TableLayout } from '../types.js';
import { fundColumns, fundExpenditureTable } from './derive.js';
import type { StandardTable, TableSpec } from './spec.js';

const columns = fundColumns('governmentFund');

/** 政府性基金预算财政拨款支出表: the fund's expenditure by function, basic and project. */
export const deriveGovernmentFundExpenditure = (doc: BudgetDocument, layout: TableLayout): StandardTable => fundExpenditureTable(doc, layout, columns);

export const governmentFundExpenditure: TableSpec<'governmentFundExpenditure'> = {
  kind: 'governmentFundExpenditure',
  title: '部门政府性基金预算财政拨款支出表',
  englishTitle: 'Government fund appropriations: expenditure',
  names: ['政府性基金支出表'],
  titles: {
    precedence: 100,
    rules: [{ all: ['政府性基金', '支出'] }],
    wordings: {
      hebei: ['部门预算政府性基金预算财政拨款支出表'],
      shanghai: ['2025年部门政府性基金预算支出功能分类预算表'],
      shanghaiFinal: ['政府性基金预算财政拨款收入支出决算表'],
    },
  },
  columns,
  derive: deriveGovernmentFundExpenditure,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'functional' },
};
