import type { Lang } from '../../model/messages.js';

/** What <budget-table> shows, in zh-CN (the strings every element shares are in src/i18n/ui.ts). */
const zh = {
  noRowCompare: {
    twoSided: '本表收入、支出两栏对照，不逐行对比；各科目的增减请看收入总表、支出总表或功能分类表。',
    wide: '本表一行列出各项，不逐行对比；“三公”经费各项和机关运行经费的增减见预算概况的对比部分。',
  } as Record<string, string>,
  layoutCompare: (year: number) => `${year}年的这张表格式不同（栏目或行名不同），不逐行对比。`,
  hideEmpty: '隐藏无数据的行',
  download: '下载 CSV',
  downloadLabel: (visible: string, title: string) => `${visible}：${title}`,
  empty: '本表无数据。',
  flagged: '数据核对提示',
  unknown: (name: string, valid: string) => `没有名为“${name}”的标准表。可用的表：${valid}`,
  missingTable: '未指定要显示的表（table 属性）。',
  hiddenRows: (n: number) => `已隐藏 ${n} 行无数据的行。`,
  /** Titles by table kind, shown instead of the published title (none in Chinese: the published one is shown). */
  /** The published title, under a title in another language. */
  publishedTitle: '原表名称：',
};

/** The same in English, typed as the zh-CN strings: a missing or extra string does not compile. */
const en: typeof zh = {
  noRowCompare: {
    twoSided:
      'This table sets income beside expenditure and is not compared row by row; the income, expenditure and functional tables show each line’s change.',
    wide: 'This table gives its items in one row and is not compared row by row; the summary’s comparison gives the change of each "three public" item and of the operating costs.',
  } as Record<string, string>,
  layoutCompare: (year: number) => `The ${year} table is laid out otherwise (other columns or row names): it is not compared row by row.`,
  hideEmpty: 'Hide rows without figures',
  download: 'Download CSV',
  downloadLabel: (visible: string, title: string) => `${visible}: ${title}`,
  empty: 'This table has no figures.',
  flagged: 'Data check',
  unknown: (name: string, valid: string) => `There is no standard table called "${name}". Available tables: ${valid}`,
  missingTable: 'No table is chosen (the table attribute).',
  hiddenRows: (n: number) => `${n} rows without figures are hidden.`,
  publishedTitle: 'Published title: ',
};

/** <budget-table>'s own strings by language: in this element's file only, not in the others'. */
export const TABLE_UI: Record<Lang, typeof zh> = { 'zh-CN': zh, en };
