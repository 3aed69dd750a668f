import type { TableSpec } from './spec.js';

/** 政府采购预算表: read into `procurement`; shown by <procurement-table>, not derived as a standard table here. */
export const procurement: TableSpec<'procurement'> = {
  kind: 'procurement',
  title: '部门政府采购预算表',
  englishTitle: 'Government procurement budget',
  titles: {
    precedence: 50,
    rules: [{ all: ['政府采购'] }],
    wordings: { hebei: ['部门政府采购预算', '附表十 部门政府采购预算表'] },
  },
  import: { read: 'procurement' },
};
