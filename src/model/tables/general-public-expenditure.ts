import type { BudgetDocument, TableLayout } from '../types.js';
import { fundColumns, fundExpenditureTable } from './derive.js';
import type { StandardTable, TableSpec } from './spec.js';

const columns = fundColumns('generalPublicBudget');

/** 一般公共预算财政拨款支出表: the fund's expenditure by function, basic and project. */
export const deriveGeneralPublicExpenditure = (doc: BudgetDocument, layout: TableLayout): StandardTable => fundExpenditureTable(doc, layout, columns);

export const generalPublicExpenditure: TableSpec<'generalPublicExpenditure'> = {
  kind: 'generalPublicExpenditure',
  title: '部门一般公共预算财政拨款支出表',
  englishTitle: 'General public budget appropriations: expenditure',
  names: ['一般公共预算支出表'],
  titles: {
    precedence: 130,
    rules: [{ all: ['一般公共预算', '支出'] }],
    wordings: {
      hebei: ['部门预算一般公共预算财政拨款支出表'],
      shanghai: ['2025年部门一般公共预算支出功能分类预算表'],
      shanghaiFinal: ['一般公共预算财政拨款支出决算表'],
    },
  },
  columns,
  derive: deriveGeneralPublicExpenditure,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'functional' },
};
