import type { BudgetDocument, TableLayout } from '../types.js';
import { fundColumns, fundExpenditureTable } from './derive.js';
import type { StandardTable, TableSpec } from './spec.js';

const columns = fundColumns('stateCapital');

/** 国有资本经营预算财政拨款支出表: the fund's expenditure by function, basic and project. */
export const deriveStateCapitalExpenditure = (doc: BudgetDocument, layout: TableLayout): StandardTable => fundExpenditureTable(doc, layout, columns);

export const stateCapitalExpenditure: TableSpec<'stateCapitalExpenditure'> = {
  kind: 'stateCapitalExpenditure',
  title: '部门国有资本经营预算财政拨款支出表',
  englishTitle: 'State capital operations appropriations: expenditure',
  names: ['国有资本经营支出表'],
  titles: {
    precedence: 110,
    rules: [{ all: ['国有资本经营', '支出'] }],
    wordings: {
      hebei: ['部门预算国有资本经营预算财政拨款支出表'],
      shanghai: ['2025年部门国有资本经营预算支出功能分类预算表'],
      shanghaiFinal: ['国有资本经营预算财政拨款收入支出决算表'],
    },
  },
  columns,
  derive: deriveStateCapitalExpenditure,
  nationalTemplate: true,
  numbered: true,
  import: { read: 'functional' },
};
