import type { TableSpec } from './spec.js';

/** 部门整体绩效目标表: a form; the department's goals are read from the written part instead. */
export const overallPerformance: TableSpec<'overallPerformance'> = {
  kind: 'overallPerformance',
  title: '部门整体绩效目标表',
  englishTitle: 'Overall performance goals of the department',
  titles: {
    precedence: 70,
    rules: [{ all: ['整体绩效目标'] }],
    wordings: {},
  },
  form: true,
};
