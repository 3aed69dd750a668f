import type { TableSpec } from './spec.js';

/** 部门机构设置情况: a form (a row per unit, in words), read into `organization`. */
export const organization: TableSpec<'organization'> = {
  kind: 'organization',
  title: '部门机构设置情况',
  englishTitle: 'Organization',
  titles: {
    precedence: 10,
    rules: [{ all: ['机构设置'], none: ['职责'] }],
    wordings: { hebei: ['部门机构设置情况'] },
  },
  form: true,
  // Its rows as printed, less the header row.
  import: { read: 'organization', rows: 'printedBelowFirst' },
};
