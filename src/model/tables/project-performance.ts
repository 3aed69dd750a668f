import type { TableSpec } from './spec.js';

/** 项目绩效目标表: a form per project (its facts, then its indicators), each read into `projects`. */
export const projectPerformance: TableSpec<'projectPerformance'> = {
  kind: 'projectPerformance',
  title: '项目绩效目标表',
  englishTitle: 'Project performance goals',
  titles: {
    precedence: 80,
    rules: [{ all: ['绩效目标'] }],
    wordings: { hebei: ['保安保洁服务费绩效目标表', '2024年项目绩效目标表'] },
  },
  form: true,
  import: { read: 'projectPerformance', rows: 'printed' },
};
