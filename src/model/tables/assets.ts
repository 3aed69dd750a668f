import type { TableSpec } from './spec.js';

/** 固定资产占用情况表: read into `assets`; not derived as a standard table here. */
export const assets: TableSpec<'assets'> = {
  kind: 'assets',
  title: '部门固定资产占用情况表',
  englishTitle: 'Fixed assets in use',
  titles: {
    precedence: 60,
    rules: [{ all: ['固定资产'] }],
    wordings: { hebei: ['部门固定资产占用情况表'] },
  },
  import: { read: 'assets' },
};
